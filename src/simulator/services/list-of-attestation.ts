// The simulated SSDN service ListOfAttestation (OCMWCPASListOfAttestations 20080317, our payload model): a person's forms, PIIS, exemptions, premiums and Loi 65 statuses as attestation rows.
import {
  AID_TYPES,
  ART35_KINDS,
  ARTISTIC_EXEMPTION,
  cpasByCbe,
  FORM_TYPES,
  INSTALLATION_PREMIUM,
  PIIS_KINDS,
  STATUSES,
  type Labels,
  type PersonaHistory,
  type PersonaRegistry,
} from '../personas';
import type { AccessRegistrations } from './access-registrations';
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

/** The SSDN Common namespace carries the StartDate / EndDate of every period in the payload. */
const C = 'common';

export function listOfAttestationHandler(
  registry: PersonaRegistry,
  /** The CPAS's ManageAccess registrations, which integrate a person as Social Inquiry sees it too. */
  registrations?: AccessRegistrations,
): SsdnServiceHandler {
  return {
    serviceId: LIST_OF_ATTESTATIONS_SERVICE_ID,
    version: LIST_OF_ATTESTATIONS_VERSION,
    schemas: ['listOfAttestations'] satisfies SchemaName[],
    payload: { ns: NS.listOfAttestations, local: 'ListOfAttestationsRequest' },
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
  const ssin = childText(payload, 'SSIN', NS.listOfAttestations) ?? '';
  const requestType = (childText(payload, 'RequestType', NS.listOfAttestations) ??
    'FORMULAIRES') as AttestationRequestType;
  const periodElement = child(payload, 'Period', NS.listOfAttestations);
  const start = periodElement ? childText(periodElement, 'StartDate', NS.ssdnCommon) : undefined;
  const end = periodElement ? childText(periodElement, 'EndDate', NS.ssdnCommon) : undefined;
  // An open side of the optional period reaches as far as the data does.
  const query: QueryPeriod = {
    begin: (start ?? '0001-01-01').slice(0, 10),
    end: (end ?? '9999-12-31').slice(0, 10),
  };

  const original: XmlTree = {
    SSIN: ssin,
    RequestType: requestType,
    ...(periodElement
      ? { Period: compact({ [`${C}:StartDate`]: start, [`${C}:EndDate`]: end }) }
      : {}),
  };
  const reply = (extra: XmlTree = {}): XmlTree => ({
    ListOfAttestationsReply: {
      '@_xmlns': NS.listOfAttestations,
      OriginalRequest: original,
      ...extra,
    },
  });

  const outcome = checkRequest(
    {
      // The SSDN envelope's sector and organisation were checked by the connector.
      contextAllowed: true,
      customerCbe: context.clientCbe,
      clientCbe: context.clientCbe,
      ssin,
      period: query,
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

  const rows = attestationRows(
    outcome.match.persona.history,
    requestType,
    query,
    context.clientCbe,
  );
  const details: SsdnDetail[] = [];
  if (outcome.information.length > 0)
    details.push(detail('WARNING', 'MSG00006', outcome.information));
  if (rows.length === 0) details.push(detail('INFORMATION', 'MSG00100', []));
  return {
    ok: outcome.information.length > 0 ? 'WARNING' : 'YES',
    details,
    payload: reply({ SSIN: outcome.match.finalNiss, Attestation: rows }),
  };
}

function detail(
  severity: SsdnDetail['severity'],
  code: string,
  information: Information[],
): SsdnDetail {
  return { severity, reasonCode: code, diagnostic: STATUS_DESCRIPTIONS[code] ?? code, information };
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
): XmlTree[] {
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
          return row(
            f.cpas,
            f.entryDate,
            f.formType,
            typeLabels ?? { fr: f.formType, nl: f.formType, de: f.formType },
            {
              FormType: f.formType,
              Duration: startingPeriod(f.declared.begin, f.declared.end),
              DecisionDate: f.decisionDate,
              Reference: f.reference,
              Status: f.blocked ? `BLOCKED_${f.blocked.reason}` : 'ACCEPTED',
              RelationType: f.role,
              LegalBasis: f.legalBasis,
              RecalculatedPeriod: f.recalculated
                ? startingPeriod(f.recalculated.begin, f.recalculated.end)
                : undefined,
              AidType: f.aidTypes.map((a) => ({ Code: a, Description: frNl(AID_TYPES[a]) })),
              OtherCPAS_KBOBCE_code: f.blocked?.otherCpas,
              Fraud: f.fraud === true,
            },
          );
        });
    case 'GPMI_PIIS':
      return history.piis
        .filter((p) => overlaps(p, query))
        .sort((a, b) => compare(a.begin, b.begin))
        .map((p) =>
          row(p.cpas, p.decisionDate, p.kind, PIIS_KINDS[p.kind], {
            Duration: startingPeriod(p.begin, p.extension?.end ?? p.end),
            DecisionDate: p.decisionDate,
            Reference: p.reference,
            period: startingPeriod(p.begin, p.end),
            prolongationPeriod: p.extension
              ? startingPeriod(p.extension.begin, p.extension.end)
              : undefined,
          }),
        );
    case 'EXONERATIONSART35':
      return history.art35
        .filter((a) => overlaps(a, query))
        .sort((a, b) => compare(a.begin, b.begin))
        .map((a) =>
          row(a.cpas, a.entryDate, a.kind, ART35_KINDS[a.kind], {
            Duration: startingPeriod(a.begin, a.end),
            Reference: a.reference,
            MonthsUsed: a.monthsUsed,
          }),
        );
    case 'EXONERATIONS':
      return history.artistic
        .filter((a) => overlaps({ begin: `${a.year}-01-01`, end: `${a.year}-12-31` }, query))
        .sort((a, b) => a.year - b.year)
        .map((a) =>
          row(a.cpas, a.entryDate, ARTISTIC_EXEMPTION.code, ARTISTIC_EXEMPTION.labels, {
            Duration: startingPeriod(`${a.year}-01-01`, `${a.year}-12-31`),
            Reference: a.reference,
          }),
        );
    case 'PRIME_INSTALLATION':
      return history.premiums
        .filter((p) => overlaps({ begin: p.date, end: p.date }, query))
        .sort((a, b) => compare(a.date, b.date))
        .map((p) =>
          row(p.cpas, p.date, INSTALLATION_PREMIUM.code, INSTALLATION_PREMIUM.labels, {
            Duration: startingPeriod(p.date, p.date),
            DecisionDate: p.date,
            Reference: p.reference,
            LegalBasis: p.legalBasis,
          }),
        );
    case 'STATUT65': {
      // Statuses are attested to the CPAS that asks; incomplete dates are widened to whole days.
      return history.statuses
        .filter((s) => overlaps(s, query))
        .sort((a, b) => compare(a.begin, b.begin))
        .map((s) =>
          row(requesterCbe, earliestDay(s.begin), s.status, STATUSES[s.status], {
            Duration: startingPeriod(
              earliestDay(s.begin),
              isOpenEnd(s.end) ? undefined : latestDay(s.end as string),
            ),
          }),
        );
    }
  }
}

/** One Attestation, its elements in the schema's order (undefined ones left out). */
function row(
  cpas: string,
  entryDate: string,
  code: string,
  labels: Labels,
  rest: {
    FormType?: string;
    Duration: XmlTree;
    DecisionDate?: string | undefined;
    Reference?: string;
    Status?: string;
    RelationType?: string;
    period?: XmlTree;
    prolongationPeriod?: XmlTree | undefined;
    LegalBasis?: string;
    MonthsUsed?: number;
    RecalculatedPeriod?: XmlTree | undefined;
    AidType?: XmlTree[];
    OtherCPAS_KBOBCE_code?: string | undefined;
    Fraud?: boolean;
  },
): XmlTree {
  return compact({
    CPAS_KBOBCE_code: cpas,
    CPAS_Name: cpasByCbe(cpas).name,
    EntryDate: entryDate,
    AttestType: { Code: code, Description: frNl(labels) },
    FormType: rest.FormType,
    Duration: rest.Duration,
    DecisionDate: rest.DecisionDate,
    Reference: rest.Reference,
    Status: rest.Status,
    RelationType: rest.RelationType,
    period: rest.period,
    prolongationPeriod: rest.prolongationPeriod,
    LegalBasis: rest.LegalBasis,
    MonthsUsed: rest.MonthsUsed,
    RecalculatedPeriod: rest.RecalculatedPeriod,
    AidType: rest.AidType && rest.AidType.length > 0 ? rest.AidType : undefined,
    OtherCPAS_KBOBCE_code: rest.OtherCPAS_KBOBCE_code,
    Fraud: rest.Fraud,
  });
}

/** SSDN's descriptions arrive as "fr / nl". */
export function frNl(labels: Labels): string {
  return `${labels.fr} / ${labels.nl}`;
}

function startingPeriod(begin: string, end: string | undefined): XmlTree {
  return compact({ [`${C}:StartDate`]: begin, [`${C}:EndDate`]: end });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
