// The report's content as text, in the UI language: identity facts, tickets, and every lane's rows with their
// cells formatted. The HTML report and the CSV both read this, so they number and word every period alike.
import type { TFunction } from 'i18next';
import type { EnvironmentName } from '../../shared/api/contract';
import {
  LANES,
  type Inquiry,
  type InquiryDate,
  type InquiryDetail,
  type InquiryItem,
  type LaneId,
} from '../../shared/inquiry';
import { parseCbe, parseNiss } from '../../shared/niss';
import { isoToDisplayDate } from '../../shared/period';
import type { Language } from '../../shared/preferences';
// Pure helpers of the result screen (no DOM): the report words dates, details and markers exactly as the screen.
import {
  formatDetailValue,
  formatInquiryDate,
  formatNiss,
  formatTimestamp,
} from '../../renderer/src/result/format';
import { laneViews } from '../../renderer/src/result/lanes';
import { itemMarkers, type Marker } from '../../renderer/src/result/markers';
import { tableRows } from '../../renderer/src/result/table-rows';
import { REPORT_TEXTS, reportText, type ReportTexts } from './report-texts';
import { translator } from './translator';

/** Who makes the report and for which organisation: printed in every page's header. */
export interface ReportContext {
  language: Language;
  organisation: { cpasName: string; cbe: string };
  /** The investigator's name as the settings hold it. */
  investigator: string;
  /** The app's environment. */
  environment: EnvironmentName;
  /** When the report is made (footer; default: now). Tests pin it. */
  generatedAt?: Date;
}

export interface DateCell {
  text: string;
  /** 'jour inconnu' / 'mois et jour inconnus' for an incomplete date, '' otherwise. */
  note: string;
}

export interface ReportRow {
  /** '<lane number>.<row number>', the same in the PDF and the CSV. */
  ref: string;
  item: InquiryItem;
  subLane: string;
  begin: DateCell;
  end: DateCell;
  code: string;
  label: string;
  markers: Marker[];
  /** Every attribute (the CSV's). */
  details: { label: string; value: string }[];
  /** The attributes no other column of the row already shows (the printed table's). */
  tableDetails: { label: string; value: string }[];
}

export interface ReportLane {
  id: LaneId;
  /** 1-8: the section numbers of the Social Inquiry answer. */
  number: number;
  title: string;
  hasSubLanes: boolean;
  /** Attributes every row of the lane has, with the same value: printed once in the lane's header. */
  commonDetails: { label: string; value: string }[];
  rows: ReportRow[];
}

export interface ReportTicket {
  service: string;
  requestType: string | null;
  ticketCBSS: string | null;
  ticket: string;
}

export interface ReportModel {
  language: Language;
  t: TFunction;
  texts: ReportTexts;
  /** The environment the report declares; anything but production gets the DEMO / TEST mark. */
  environment: EnvironmentName;
  isProduction: boolean;
  cpasName: string;
  cbe: string;
  investigator: string;
  niss: string;
  requestedNiss: string;
  nissKind: string;
  period: { from: string; to: string };
  consultedAt: string;
  generatedAt: string;
  tickets: ReportTicket[];
  lanes: ReportLane[];
  itemCount: number;
}

/**
 * The report never calls data "production" when either side is not: a demo inquiry stays marked fictitious
 * even if opened in a production install, and a production install pointed at a test setup marks it too.
 */
export function reportEnvironment(inquiry: Inquiry, context: ReportContext): EnvironmentName {
  return inquiry.environment !== 'production' ? inquiry.environment : context.environment;
}

export function formatCbe(cbe: string): string {
  const parsed = parseCbe(cbe);
  return parsed.ok ? parsed.formatted : cbe;
}

/**
 * Whether a detail repeats what the row's code or markers column already says: the form type is the
 * code; the role, blocked, fraud and parent-procedure flags are the markers (a row without a marker is
 * neither). Printing them twice would make each form's row a third taller for nothing.
 */
export function shownElsewhere(detail: InquiryDetail, item: InquiryItem): boolean {
  switch (detail.key) {
    case 'formType':
      return detail.kind === 'text' && detail.text === item.code;
    case 'role':
      return item.markers.role !== null;
    case 'blocked':
      return detail.kind === 'flag' && detail.value === item.markers.blocked;
    case 'fraud':
      return detail.kind === 'flag' && detail.value === item.markers.fraud;
    case 'parentProcedure':
      return detail.kind === 'flag' && detail.value === item.markers.parentProcedure;
    default:
      return false;
  }
}

/**
 * Takes out of the rows' printed attributes those all of them share (e.g. the origin "SPP Intégration
 * sociale" on every form): the lane header, repeated on each page, says them once. Rows stay shorter.
 */
function factorCommonDetails(rows: ReportRow[]): { label: string; value: string }[] {
  const [first, ...others] = rows;
  if (!first || others.length === 0) return [];
  const has = (row: ReportRow, d: { label: string; value: string }) =>
    row.tableDetails.some((own) => own.label === d.label && own.value === d.value);
  const common = first.tableDetails.filter((d) => others.every((row) => has(row, d)));
  if (common.length === 0) return [];
  for (const row of rows) {
    row.tableDetails = row.tableDetails.filter(
      (own) => !common.some((d) => d.label === own.label && d.value === own.value),
    );
  }
  return common;
}

function dateCell(date: InquiryDate | null, language: Language, t: TFunction): DateCell {
  if (date === null) return { text: t('result.ongoing'), note: '' };
  const texts = REPORT_TEXTS[language];
  const note =
    date.precision === 'month'
      ? texts.dayUnknown
      : date.precision === 'year'
        ? texts.monthUnknown
        : '';
  return { text: formatInquiryDate(date), note };
}

/**
 * The translator with its plain lookups (no interpolation) cached: the heavy person's 2,000 periods ask
 * for the same few dozen labels 25,000 times, and each i18next lookup costs microseconds.
 */
function memoised(t: TFunction): TFunction {
  const cache = new Map<string, string>();
  const call = t as unknown as (key: string, options?: unknown) => string;
  const lookup = (key: string, options?: unknown): string => {
    if (options !== undefined) return call(key, options);
    let text = cache.get(key);
    if (text === undefined) {
      text = call(key);
      cache.set(key, text);
    }
    return text;
  };
  return lookup as unknown as TFunction;
}

export function buildReportModel(inquiry: Inquiry, context: ReportContext): ReportModel {
  const { language } = context;
  const t = memoised(translator(language));
  const environment = reportEnvironment(inquiry, context);
  const parsed = parseNiss(inquiry.finalNiss);
  const formatted = (detail: InquiryDetail) => ({
    label: t(`detail.${detail.key}`),
    value: formatDetailValue(detail, language, t),
  });
  const lanes = laneViews(inquiry).map((view): ReportLane => {
    const number = LANES.indexOf(view.id) + 1;
    const rows = tableRows(view).map((item, index): ReportRow => ({
      ref: `${number}.${index + 1}`,
      item,
      subLane: item.subLane ? t(`result.subLane.${item.subLane}`) : '',
      begin: dateCell(item.begin, language, t),
      end: dateCell(item.end, language, t),
      code: item.code,
      label: item.label[language] || item.label.fr,
      markers: itemMarkers(item, t),
      details: item.details.map(formatted),
      tableDetails: item.details.filter((detail) => !shownElsewhere(detail, item)).map(formatted),
    }));
    return {
      id: view.id,
      number,
      title: t(`result.lane.${view.id}`),
      hasSubLanes: view.subLanes.length > 0,
      commonDetails: factorCommonDetails(rows),
      rows,
    };
  });
  return {
    language,
    t,
    texts: REPORT_TEXTS[language],
    environment,
    isProduction: environment === 'production',
    cpasName: context.organisation.cpasName,
    cbe: formatCbe(context.organisation.cbe),
    investigator: context.investigator,
    niss: formatNiss(inquiry.finalNiss),
    requestedNiss: formatNiss(inquiry.request.niss),
    nissKind: parsed.ok ? t(`niss.kind.${parsed.kind}`) : '',
    period: {
      from: isoToDisplayDate(inquiry.request.period.from),
      to: isoToDisplayDate(inquiry.request.period.to),
    },
    consultedAt: formatTimestamp(inquiry.consultedAt),
    generatedAt: reportText(language, 'generatedAt', {
      date: formatTimestamp((context.generatedAt ?? new Date()).toISOString()),
    }),
    tickets: inquiry.calls.map((call) => ({
      service: t(`result.service.${call.service}`),
      requestType: call.requestType ?? null,
      ticketCBSS: call.ticketCBSS,
      ticket: call.ticket,
    })),
    lanes,
    itemCount: inquiry.items.length,
  };
}
