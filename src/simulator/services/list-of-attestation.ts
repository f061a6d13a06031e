// The simulated SSDN service ListOfAttestation (OCMWCPASListOfAttestations 20080317, the ManageAttests payload as
// CPAS software sends and reads it, our model where the wire facts are silent: resources/schemas/listofattestations/):
// a person's forms, PIIS, exemptions, premiums and Loi 65 statuses as attestation rows.
import { attestationDuration } from '../../shared/domain/attestation-duration';
import {
  AID_TYPES,
  ART35_KINDS,
  ARTISTIC_EXEMPTION,
  cpasByCbe,
  FORM_ROLES,
  FORM_TYPES,
  INSTALLATION_PREMIUM,
  LEGAL_BASES,
  PIIS_KINDS,
  STATUSES,
  type IsoDate,
  type Labels,
  type PersonaHistory,
  type PersonaRegistry,
  type PiisRecord,
} from '../personas';
import type { AccessRegistrations } from './access-registrations';
import { art35Counter } from './art35-counter';
import { checkRequest, STATUS_DESCRIPTIONS, type Information } from './checks';
import { earliestDay, isOpenEnd, latestDay, overlaps, type QueryPeriod } from './periods';
import { NS, type SchemaName } from './schemas';
import type { SsdnContext, SsdnDetail, SsdnServiceHandler, SsdnServiceResult } from './ssdn';
import { child, childText, compact, type XmlElement, type XmlTree } from './xml';

export const LIST_OF_ATTESTATIONS_SERVICE_ID = 'OCMWCPASListOfAttestations';
export const LIST_OF_ATTESTATIONS_VERSION = '20080317';

export const REQUEST_TYPES = [
  'FORMULAIRES',
  'EXONERATIONS',
  'EXONERATIONSART35',
  'GPMI_PIIS',
  'PRIME_INSTALLATION',
  'STATUT65',
] as const;
export type AttestationRequestType = (typeof REQUEST_TYPES)[number];

/** The SSDN Common namespace carries SearchPeriod's (and our RecalculatedPeriod's) StartDate / EndDate. */
const C = 'common';

export function listOfAttestationHandler(
  registry: PersonaRegistry,
  /** The CPAS's ManageAccess registrations, which integrate a person as Social Inquiry sees it too. */
  registrations?: AccessRegistrations,
): SsdnServiceHandler {
  return {
    serviceId: LIST_OF_ATTESTATIONS_SERVICE_ID,
    version: LIST_OF_ATTESTATIONS_VERSION,
    schemas: ['manageAttests'] satisfies SchemaName[],
    payload: { ns: NS.manageAttests, local: 'ListOfAttestationsRequest' },
    handle: (payload, context) =>
      handleListOfAttestations(payload, context, registry, registrations),
  };
}

function handleListOfAttestations(
  payload: XmlElement,
  context: SsdnContext,
  registry: PersonaRegistry,
  registrations: AccessRegistrations | undefined,
): SsdnServiceResult {
  const M = NS.manageAttests;
  const ssin = childText(payload, 'SocialSecurityUser', M) ?? '';
  const requestType = (childText(payload, 'RequestType', M) ??
    'FORMULAIRES') as AttestationRequestType;
  const searchPeriod = child(payload, 'SearchPeriod', M);
  const start = searchPeriod ? childText(searchPeriod, 'StartDate', NS.ssdnCommon) : undefined;
  const end = searchPeriod ? childText(searchPeriod, 'EndDate', NS.ssdnCommon) : undefined;
  // No SearchPeriod (a GPMI_PIIS request has none), or an open side: as far as the data reaches.
  const query: QueryPeriod = {
    begin: (start ?? '0001-01-01').slice(0, 10),
    end: (end ?? '9999-12-31').slice(0, 10),
  };
  const reply = (extra: XmlTree = {}): XmlTree => ({
    ListOfAttestationsReply: { '@_xmlns': M, ...extra },
  });

  const outcome = checkRequest(
    {
      // The SSDN envelope's sector and organisation were checked by the connector.
      contextAllowed: true,
      customerCbe: context.clientCbe,
      clientCbe: context.clientCbe,
      ssin,
      ...(searchPeriod ? { period: query } : {}),
      ...(registrations ? { registrations } : {}),
    },
    registry,
  );
  if (outcome.kind === 'status') {
    const warning = outcome.value === 'NO_DATA_FOUND';
    return {
      ok: warning ? 'WARNING' : 'NO',
      details: [detail(warning ? 'WARNING' : 'ERROR', outcome.code, outcome.information)],
      payload: reply(),
    };
  }

  const history = outcome.match.persona.history;
  const rows = attestationRows(history, requestType, query, context.clientCbe);
  const details: SsdnDetail[] = [];
  if (outcome.information.length > 0)
    details.push(detail('WARNING', 'MSG00006', outcome.information));
  if (rows.length === 0) details.push(detail('INFORMATION', 'MSG00100', []));
  return {
    ok: outcome.information.length > 0 ? 'WARNING' : 'YES',
    details,
    payload: reply({
      ...summaryOf(history, requestType, query),
      Attestation: rows.map((r) => attestationXml(outcome.match.finalNiss, r)),
    }),
  };
}

function detail(
  severity: SsdnDetail['severity'],
  code: string,
  information: Information[],
): SsdnDetail {
  return { severity, reasonCode: code, diagnostic: STATUS_DESCRIPTIONS[code] ?? code, information };
}

/** The reply-level element of the request types that have one: the art. 35 counter, the latest PIIS. */
function summaryOf(
  history: PersonaHistory | null,
  requestType: AttestationRequestType,
  query: QueryPeriod,
): XmlTree {
  if (requestType === 'EXONERATIONSART35') {
    const counter = art35Counter(history?.art35 ?? []);
    return {
      ExonerationArt35: counter
        ? {
            '@_hasExoneration': 'true',
            FirstExonerationDate: counter.firstExemptionDate,
            PaymentExoneratedDays: counter.exemptedDays,
          }
        : { '@_hasExoneration': 'false' },
    };
  }
  if (requestType === 'GPMI_PIIS') {
    const latest = piisOf(history, query).at(-1);
    return {
      GpmiPiis: latest
        ? compact({
            '@_hasAttestation': 'true',
            period: unqualifiedPeriod(latest.begin, latest.end),
            prolongationPeriod: latest.extension
              ? unqualifiedPeriod(latest.extension.begin, latest.extension.end)
              : undefined,
          })
        : { '@_hasAttestation': 'false' },
    };
  }
  return {};
}

/** The PIIS whose own period overlaps the query, oldest first. */
function piisOf(history: PersonaHistory | null, query: QueryPeriod): PiisRecord[] {
  return (history?.piis ?? [])
    .filter((p) => overlaps(p, query))
    .sort((a, b) => compare(a.begin, b.begin));
}

/** One attestation before it is written: its period (begin = DecisionDate) and the rest of its elements. */
export interface AttestationRow {
  cpas: string;
  entryDate: IsoDate;
  attestType: { code: string; labels: Labels };
  formType?: { code: string; labels: Labels };
  begin: IsoDate;
  /** Absent: open. */
  end?: IsoDate | undefined;
  reference?: string;
  status?: string;
  relationType?: 'MAIN_BENEFICIARY' | 'PARTNER';
  /** Our additions. */
  legalBasis?: string;
  recalculated?: { begin: IsoDate; end?: IsoDate | undefined } | undefined;
  aidTypes?: { code: string; labels: Labels }[];
  otherCpas?: string | undefined;
  fraud?: boolean;
}

/**
 * The rows for one request type, from the same persona data as the Social Inquiry sections, so a client
 * completing a version-1 answer here learns the same facts as from a version-2 answer.
 */
export function attestationRows(
  history: PersonaHistory | null,
  requestType: AttestationRequestType,
  query: QueryPeriod,
  /** The CPAS asking: the holder of the status attestations (STATUT65). */
  requesterCbe: string,
): AttestationRow[] {
  if (!history) return [];
  switch (requestType) {
    case 'FORMULAIRES':
      return history.forms
        .filter(
          (f) => overlaps(f.declared, query) || (f.recalculated && overlaps(f.recalculated, query)),
        )
        .sort(
          (a, b) =>
            compare(a.declared.begin, b.declared.begin) || a.reference.localeCompare(b.reference),
        )
        .map((f) => {
          const typeLabels = (FORM_TYPES[f.legalBasis] as Record<string, Labels>)[f.formType];
          return {
            cpas: f.cpas,
            entryDate: f.entryDate,
            attestType: { code: f.legalBasis, labels: LEGAL_BASES[f.legalBasis] },
            formType: {
              code: f.formType,
              labels: typeLabels ?? { fr: f.formType, nl: f.formType, de: f.formType },
            },
            begin: f.declared.begin,
            end: f.declared.end,
            reference: f.reference,
            status: f.blocked ? `BLOCKED_${f.blocked.reason}` : 'ACCEPTED',
            relationType: f.role,
            legalBasis: f.legalBasis,
            recalculated: f.recalculated,
            aidTypes: f.aidTypes.map((a) => ({ code: a, labels: AID_TYPES[a] })),
            otherCpas: f.blocked?.otherCpas,
            fraud: f.fraud === true,
          };
        });
    case 'GPMI_PIIS':
      // One row per PIIS; its prolongation is a further row with the same Reference, from the day after.
      return piisOf(history, query)
        .flatMap((p): AttestationRow[] => {
          const common = {
            cpas: p.cpas,
            entryDate: p.decisionDate,
            attestType: { code: p.kind, labels: PIIS_KINDS[p.kind] },
            reference: p.reference,
          };
          return [
            { ...common, begin: p.begin, end: p.end },
            ...(p.extension ? [{ ...common, begin: p.extension.begin, end: p.extension.end }] : []),
          ];
        })
        .sort((a, b) => compare(a.begin, b.begin));
    case 'EXONERATIONSART35':
      return history.art35
        .filter((a) => overlaps(a, query))
        .sort((a, b) => compare(a.begin, b.begin))
        .map((a) => ({
          cpas: a.cpas,
          entryDate: a.entryDate,
          attestType: { code: a.kind, labels: ART35_KINDS[a.kind] },
          begin: a.begin,
          end: a.end,
          reference: a.reference,
        }));
    case 'EXONERATIONS':
      return history.artistic
        .filter((a) => overlaps({ begin: `${a.year}-01-01`, end: `${a.year}-12-31` }, query))
        .sort((a, b) => a.year - b.year)
        .map((a) => ({
          cpas: a.cpas,
          entryDate: a.entryDate,
          attestType: { code: ARTISTIC_EXEMPTION.code, labels: ARTISTIC_EXEMPTION.labels },
          begin: `${a.year}-01-01`,
          end: `${a.year}-12-31`,
          reference: a.reference,
        }));
    case 'PRIME_INSTALLATION':
      return history.premiums
        .filter((p) => overlaps({ begin: p.date, end: p.date }, query))
        .sort((a, b) => compare(a.date, b.date))
        .map((p) => ({
          cpas: p.cpas,
          entryDate: p.date,
          attestType: { code: INSTALLATION_PREMIUM.code, labels: INSTALLATION_PREMIUM.labels },
          begin: p.date,
          end: p.date,
          reference: p.reference,
          legalBasis: p.legalBasis,
        }));
    case 'STATUT65': {
      // Statuses are attested to the CPAS that asks; incomplete dates are widened to whole days.
      return history.statuses
        .filter((s) => overlaps(s, query))
        .sort((a, b) => compare(a.begin, b.begin))
        .map((s) => ({
          cpas: requesterCbe,
          entryDate: earliestDay(s.begin),
          attestType: { code: s.status, labels: STATUSES[s.status] },
          begin: earliestDay(s.begin),
          end: isOpenEnd(s.end) ? undefined : latestDay(s.end as string),
        }));
    }
  }
}

/** One Attestation, its elements in the schema's order (the wire's, then our additions). */
function attestationXml(ssin: string, row: AttestationRow): XmlTree {
  const duration = attestationDuration(row.begin, row.end);
  return compact({
    SocialSecurityUser: ssin,
    CPAS_KBOBCE_code: row.cpas,
    EntryDate: row.entryDate,
    AttestType: codeDescription(row.attestType),
    FormType: row.formType ? codeDescription(row.formType) : undefined,
    Duration: { Days: duration.days, Weeks: duration.weeks, Months: duration.months },
    DecisionDate: row.begin,
    Reference: row.reference,
    Status: row.status,
    RelationType: row.relationType
      ? codeDescription({ code: row.relationType, labels: FORM_ROLES[row.relationType] })
      : undefined,
    // Our additions.
    CPAS_Name: cpasByCbe(row.cpas).name,
    LegalBasis: row.legalBasis,
    RecalculatedPeriod: row.recalculated
      ? compact({
          [`${C}:StartDate`]: row.recalculated.begin,
          [`${C}:EndDate`]: row.recalculated.end,
        })
      : undefined,
    AidType:
      row.aidTypes && row.aidTypes.length > 0 ? row.aidTypes.map(codeDescription) : undefined,
    OtherCPAS_KBOBCE_code: row.otherCpas,
    Fraud: row.fraud,
  });
}

function codeDescription(value: { code: string; labels: Labels }): XmlTree {
  return { Code: value.code, Description: frNl(value.labels) };
}

/** SSDN's descriptions arrive as "fr / nl". */
export function frNl(labels: Labels): string {
  return `${labels.fr} / ${labels.nl}`;
}

/** GpmiPiis's period and prolongationPeriod: StartDate / EndDate in no namespace (xmlns=""), as on the wire. */
function unqualifiedPeriod(begin: IsoDate, end: IsoDate | undefined): XmlTree {
  const unqualified = (value: string): XmlTree => ({ '@_xmlns': '', '#text': value });
  return compact({
    StartDate: unqualified(begin),
    EndDate: end === undefined ? undefined : unqualified(end),
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
