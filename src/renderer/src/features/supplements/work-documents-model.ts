// The foreigner situation's work documents as timeline rows: employment cards and work permits, each from its
// inception to its expiry (or its closing), incomplete dates spread over their month or year, indefinite ones open.
import { addDays, addMonths, subMonths } from 'date-fns';
import { dateBounds, type InquiryDate } from '../../../../shared/domain/inquiry';
import type {
  ForeignerSituationSupplement,
  WorkDocument,
} from '../../../../shared/domain/supplements';
import { localDate } from '../result/timeline-model';

export const WORK_LANES = ['employmentCards', 'workPermits'] as const;
export type WorkLane = (typeof WORK_LANES)[number];

export interface WorkDocumentSpan {
  id: string;
  lane: WorkLane;
  number: string;
  start: Date;
  end: Date;
  /** Drawn up to the open edge: indefinite, or no expiry and not closed. */
  open: boolean;
  indefinite: boolean;
}

/** The earlier of the expiry and the closing: from then on the document no longer holds. */
function lastDay(document: WorkDocument): InquiryDate | null {
  const ends = [document.expiry, document.end].filter((d): d is InquiryDate => d !== null);
  if (ends.length === 0) return null;
  return ends.reduce((a, b) => (dateBounds(a).last <= dateBounds(b).last ? a : b));
}

export function workDocumentSpans(
  situation: Pick<ForeignerSituationSupplement, 'employmentCards' | 'workPermits'>,
  openEdge: Date,
): WorkDocumentSpan[] {
  const spans = (lane: WorkLane, documents: WorkDocument[]) =>
    documents.map((document, index): WorkDocumentSpan => {
      const last = document.indefinite && document.end === null ? null : lastDay(document);
      const start = localDate(dateBounds(document.inception).first);
      const end = last ? addDays(localDate(dateBounds(last).last), 1) : openEdge;
      return {
        id: `${lane}-${index}`,
        lane,
        number: document.number,
        start,
        // A document closed on the day it began still shows as one day.
        end: end > start ? end : addDays(start, 1),
        open: last === null,
        indefinite: document.indefinite,
      };
    });
  return [
    ...spans('employmentCards', situation.employmentCards),
    ...spans('workPermits', situation.workPermits),
  ];
}

/** The window shown first: every document's start, up to today or the last closing, with a margin. */
export function workDocumentsWindow(
  spans: readonly WorkDocumentSpan[],
  today: Date,
): { start: Date; end: Date } | null {
  if (spans.length === 0) return null;
  const first = Math.min(...spans.map((span) => span.start.getTime()));
  const closed = spans.filter((span) => !span.open).map((span) => span.end.getTime());
  const last = Math.max(today.getTime(), ...closed);
  return { start: subMonths(new Date(first), 3), end: addMonths(new Date(last), 6) };
}
