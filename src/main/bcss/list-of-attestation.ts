// ListOfAttestation replies to the Inquiry model: the source of sections 5-8 (PIIS, art. 35, artistic
// exemptions, installation premiums) when Social Inquiry answers without them (its version 1). Reads the wire
// names only (DOMAIN.md §6); our additions (CPAS_Name, LegalBasis) are used when present, never required.
import { attestationEnd, type AttestationDuration } from '../../shared/domain/attestation-duration';
import type {
  InquiryDate,
  InquiryDetail,
  InquiryItem,
  LaneId,
  LocalizedText,
} from '../../shared/domain/inquiry';
import type { Period } from '../../shared/domain/period';
import { art35CounterDetails } from './art35-counter';
import { codeLabel } from './code-labels';
import type { AttestationReply } from './list-of-attestation-call';
import { MalformedXml, optionalChild, requiredText, text, type XmlNode } from './xml';

/** The request types that complete sections 5 to 8, in lane order. */
export const ATTESTATION_REQUESTS = [
  'GPMI_PIIS',
  'EXONERATIONSART35',
  'EXONERATIONS',
  'PRIME_INSTALLATION',
] as const;
export type AttestationRequestType = (typeof ATTESTATION_REQUESTS)[number];

const LANE_OF: Record<AttestationRequestType, LaneId> = {
  GPMI_PIIS: 'piis',
  EXONERATIONSART35: 'art35',
  EXONERATIONS: 'artistic',
  PRIME_INSTALLATION: 'installationPremium',
};

/** SSDN descriptions arrive as "fr / nl"; German falls back to French, the service has none. */
export function splitFrNl(description: string): LocalizedText {
  const [fr = description, nl = fr] = description.split(' / ');
  return { fr: fr.trim(), nl: nl.trim(), de: fr.trim() };
}

const COMPLETE_DATE = /^\d{4}-\d{2}-\d{2}$/;

function completeDate(value: string, name: string): string {
  const date = value.trim();
  if (!COMPLETE_DATE.test(date))
    throw new MalformedXml('unexpected', `${name} is not a date: ${value}`);
  return date;
}

/** One Attestation with its period: it begins on DecisionDate (EntryDate without one) and lasts Duration. */
interface Row {
  node: XmlNode;
  begin: string;
  /** null: open (a Duration absent or all zero). */
  end: string | null;
  reference: string | null;
}

function readRow(node: XmlNode): Row {
  const decision = text(node, 'DecisionDate');
  const begin =
    decision !== null && decision.trim() !== ''
      ? completeDate(decision, 'DecisionDate')
      : completeDate(requiredText(node, 'EntryDate'), 'EntryDate');
  const duration = optionalChild(node, 'Duration');
  const count = (name: string): number => {
    const value = text(duration, name)?.trim() ?? '';
    if (value === '') return 0;
    if (!/^\d+$/.test(value)) throw new MalformedXml('unexpected', `Duration/${name}: ${value}`);
    return Number(value);
  };
  const length: AttestationDuration = {
    months: count('Months'),
    weeks: count('Weeks'),
    days: count('Days'),
  };
  const reference = text(node, 'Reference');
  return {
    node,
    begin,
    end: attestationEnd(begin, length),
    reference: reference === null || reference.trim() === '' ? null : reference.trim(),
  };
}

/** A reply-level period of GpmiPiis (StartDate / EndDate unqualified on the wire; prefixes are dropped on read). */
function gpmiPeriod(node: XmlNode | null): { begin: string; end: string | null } | null {
  if (!node) return null;
  const end = text(node, 'EndDate');
  return {
    begin: completeDate(requiredText(node, 'StartDate'), 'StartDate'),
    end: end === null || end.trim() === '' ? null : completeDate(end, 'EndDate'),
  };
}

const day = (value: string): InquiryDate => ({ value, precision: 'day' });

function overlapsPeriod(span: { begin: string; end: string | null }, period: Period): boolean {
  return span.begin <= period.to && (span.end === null || span.end >= period.from);
}

function flag(node: XmlNode | null, attribute: string): boolean {
  return String(node?.[`@${attribute}`] ?? '').trim() === 'true';
}

/** One item of the lane, before it is numbered. */
interface Draft {
  begin: string;
  end: string | null;
  code: string;
  label: LocalizedText;
  details: InquiryDetail[];
}

function cpasDetail(row: XmlNode): InquiryDetail {
  const cbe = requiredText(row, 'CPAS_KBOBCE_code').trim();
  const name = text(row, 'CPAS_Name')?.trim();
  // CPAS_Name is our addition: the real service sends the CBE number only.
  return { key: 'cpas', kind: 'organisation', id: cbe, name: name ? name : cbe };
}

function attestType(row: XmlNode): { code: string; label: LocalizedText } {
  const type = optionalChild(row, 'AttestType');
  return {
    code: requiredText(type, 'Code').trim(),
    label: splitFrNl(requiredText(type, 'Description')),
  };
}

const ORIGIN: InquiryDetail = {
  key: 'origin',
  kind: 'localized',
  text: codeLabel('origin', 'SPP_IS'),
};

/**
 * The items of one request type's reply that overlap the inquiry's period (a GPMI_PIIS request carries no
 * SearchPeriod, so the PIIS are kept here by their own period, as Social Inquiry's section 5 keeps them).
 */
export function readAttestationItems(
  requestType: AttestationRequestType,
  reply: Pick<AttestationReply, 'attestations' | 'exonerationArt35' | 'gpmiPiis'>,
  period: Period,
): InquiryItem[] {
  const lane = LANE_OF[requestType];
  const rows = reply.attestations.map(readRow);
  let drafts: Draft[];
  switch (requestType) {
    case 'GPMI_PIIS':
      drafts = piisDrafts(rows, reply.gpmiPiis);
      break;
    case 'EXONERATIONSART35': {
      const counter = reply.exonerationArt35;
      const counterDetails = flag(counter, 'hasExoneration')
        ? art35CounterDetails(
            requiredText(counter, 'FirstExonerationDate'),
            requiredText(counter, 'PaymentExoneratedDays'),
          )
        : [];
      drafts = rows.map((row) => ({
        ...attestType(row.node),
        begin: row.begin,
        end: row.end,
        details: [ORIGIN, ...counterDetails, cpasDetail(row.node)],
      }));
      break;
    }
    case 'EXONERATIONS':
      drafts = rows.map((row) => ({
        ...attestType(row.node),
        begin: row.begin,
        end: row.end,
        details: [
          ORIGIN,
          { key: 'year', kind: 'text', text: row.begin.slice(0, 4) },
          cpasDetail(row.node),
        ],
      }));
      break;
    case 'PRIME_INSTALLATION':
      drafts = rows.map((row) => {
        const legalBasis = text(row.node, 'LegalBasis')?.trim();
        return {
          ...attestType(row.node),
          begin: row.begin,
          end: row.end,
          details: [
            ORIGIN,
            ...(legalBasis
              ? [
                  {
                    key: 'legalBasis' as const,
                    kind: 'localized' as const,
                    text: codeLabel('legalBasis', legalBasis),
                  },
                ]
              : []),
            cpasDetail(row.node),
          ],
        };
      });
      break;
  }
  return drafts
    .filter((draft) => overlapsPeriod(draft, period))
    .map((draft, index) => ({
      id: `${lane}-${index}`,
      lane,
      subLane: null,
      begin: day(draft.begin),
      end: draft.end === null ? null : day(draft.end),
      code: draft.code,
      label: draft.label,
      source: 'ListOfAttestation' as const,
      markers: { blocked: false, fraud: false, role: null, parentProcedure: false },
      details: draft.details,
    }));
}

/**
 * PIIS: the rows grouped by Reference, the first by start the PIIS itself, the next ones its prolongation
 * (from the second row's start to the last one's end). GpmiPiis describes the most recent PIIS: it fills in a
 * prolongation the rows lack, and is shown itself when no row has its period.
 */
function piisDrafts(rows: Row[], gpmiPiis: XmlNode | null): Draft[] {
  const groups: Row[][] = [];
  const byReference = new Map<string, Row[]>();
  for (const row of rows) {
    const group = row.reference === null ? undefined : byReference.get(row.reference);
    if (group) group.push(row);
    else {
      const created = [row];
      groups.push(created);
      if (row.reference !== null) byReference.set(row.reference, created);
    }
  }
  const drafts = groups.map((group) => {
    const [piis, ...prolongations] = [...group].sort((a, b) => a.begin.localeCompare(b.begin));
    const first = piis as Row;
    const last = prolongations.at(-1);
    return {
      draft: {
        ...attestType(first.node),
        begin: first.begin,
        end: first.end,
        details: [ORIGIN, cpasDetail(first.node)],
      } satisfies Draft,
      extension: prolongations[0] && last ? { begin: prolongations[0].begin, end: last.end } : null,
    };
  });

  if (flag(gpmiPiis, 'hasAttestation')) {
    const latest = gpmiPeriod(optionalChild(gpmiPiis, 'period'));
    const prolongation = gpmiPeriod(optionalChild(gpmiPiis, 'prolongationPeriod'));
    if (latest) {
      const match = drafts.find(
        (d) => d.draft.begin === latest.begin && d.draft.end === latest.end,
      );
      if (!match) {
        drafts.push({
          draft: {
            code: 'GPMI_PIIS',
            label: codeLabel('piis', 'PIIS'),
            begin: latest.begin,
            end: latest.end,
            details: [ORIGIN],
          },
          extension: prolongation,
        });
      } else if (!match.extension && prolongation) {
        match.extension = prolongation;
      }
    }
  }

  return drafts
    .sort((a, b) => a.draft.begin.localeCompare(b.draft.begin))
    .map(({ draft, extension }) => ({
      ...draft,
      // The extension comes before the CPAS, as in Social Inquiry's section 5.
      details: extension
        ? [
            ORIGIN,
            {
              key: 'extension' as const,
              kind: 'period' as const,
              begin: day(extension.begin),
              end: extension.end === null ? null : day(extension.end),
            },
            ...draft.details.slice(1),
          ]
        : draft.details,
    }));
}
