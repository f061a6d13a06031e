// Maps a person's timelines to the eight sections of our Social Inquiry model (resources/schemas/socialinquiry/), filtered to the requested period.
import {
  AID_TYPES,
  ART35_KINDS,
  ARTISTIC_EXEMPTION,
  COUNTRIES,
  cpasByCbe,
  FORM_TYPES,
  INSTALLATION_PREMIUM,
  MUNICIPALITIES,
  ORGANISATION_KINDS,
  PIIS_KINDS,
  RECEPTION_STRUCTURES,
  REGISTERS,
  STATUS_DETAILS,
  STATUSES,
  STRUCK_OFF,
  type Labels,
  type PersonaHistory,
  type ResidencePeriod,
  type Span,
} from '../personas';
import { art35Counter } from './art35-counter';
import { overlaps, type QueryPeriod } from './periods';
import { compact, type XmlTree } from './xml';

/** 1: sections 1-4 only (as first published); 2: all eight. */
export type InquiryVersion = 1 | 2;

/** Section elements in schema order, ready to be spread into the response after `ssin`. */
export interface InquirySections {
  tree: XmlTree;
  /** Periods kept after filtering, over all included sections (0 → NO_DATA_FOUND). */
  count: number;
}

export function inquirySections(
  history: PersonaHistory,
  query: QueryPeriod,
  version: InquiryVersion,
): InquirySections {
  const keep = <T extends Span>(items: readonly T[]): T[] =>
    items.filter((item) => overlaps(item, query)).sort((a, b) => compareDates(a.begin, b.begin));

  const nationalities = keep(history.nationalities);
  const registers = keep(history.registers);
  const residences = keep(history.residences);
  const inCharge = keep(history.inCharge);
  const statuses = keep(history.statuses);
  const forms = history.forms
    .filter(
      (f) => overlaps(f.declared, query) || (f.recalculated && overlaps(f.recalculated, query)),
    )
    .sort(
      (a, b) =>
        compareDates(a.declared.begin, b.declared.begin) || a.reference.localeCompare(b.reference),
    );

  const tree: XmlTree = {
    nationalityRegisterResidence: {
      nationalities: {
        nationality: nationalities.map((n) => period(n, n.country, COUNTRIES[n.country], n.origin)),
      },
      registers: {
        register: registers.map((r) => period(r, r.register, REGISTERS[r.register], r.origin)),
      },
      residences: { residence: residences.map(residence) },
    },
    organisationsInCharge: {
      organisationInCharge: inCharge.map((p): XmlTree => {
        if (p.organisation.kind === 'CPAS') {
          const cpas = cpasByCbe(p.organisation.cbe);
          return {
            ...period(p, 'CPAS', ORGANISATION_KINDS.CPAS, p.origin),
            organisation: { cbeNumber: cpas.cbe, name: cpas.name },
          };
        }
        const structure = RECEPTION_STRUCTURES[p.organisation.code];
        return {
          ...period(p, structure.kind, ORGANISATION_KINDS[structure.kind], p.origin),
          organisation: { centreCode: structure.code, name: structure.name },
        };
      }),
    },
    socialStatuses: {
      socialStatus: statuses.map((s) =>
        compact({
          ...period(s, s.status, STATUSES[s.status], s.origin),
          detail: s.detail
            ? { code: s.detail, label: labels(STATUS_DETAILS[s.detail]) }
            : undefined,
          attachedToParentProcedure: s.parentProcedure !== undefined,
          parentSsin: s.parentProcedure?.parentNiss,
        }),
      ),
    },
    forms: {
      form: forms.map((f) => {
        const typeLabels = (FORM_TYPES[f.legalBasis] as Record<string, Labels>)[f.formType];
        if (!typeLabels) throw new Error(`unknown form type ${f.legalBasis} ${f.formType}`);
        return compact({
          ...period(f.declared, f.formType, typeLabels, 'SPP_IS'),
          legalBasis: f.legalBasis,
          sendingCpas: cpasXml(f.cpas),
          recalculatedPeriod: f.recalculated ? openPeriod(f.recalculated) : undefined,
          role: f.role,
          aidTypes: { aidType: f.aidTypes.map((a) => ({ code: a, label: labels(AID_TYPES[a]) })) },
          blocking: compact({
            blocked: f.blocked !== undefined,
            reason: f.blocked?.reason,
            otherCpas: f.blocked?.otherCpas ? cpasXml(f.blocked.otherCpas) : undefined,
          }),
          fraud: f.fraud === true,
          decisionDate: f.decisionDate,
          reference: f.reference,
        });
      }),
    },
  };
  let count =
    nationalities.length +
    registers.length +
    residences.length +
    inCharge.length +
    statuses.length +
    forms.length;

  if (version === 2) {
    const piis = keep(history.piis);
    const art35 = keep(history.art35);
    const artistic = history.artistic
      .map((a) => ({ ...a, begin: `${a.year}-01-01`, end: `${a.year}-12-31` }))
      .filter((a) => overlaps(a, query))
      .sort((a, b) => a.year - b.year);
    const premiums = history.premiums
      .filter((p) => overlaps({ begin: p.date, end: p.date }, query))
      .sort((a, b) => compareDates(a.date, b.date));
    tree['piisLimits'] = {
      piis: piis.map((p) =>
        compact({
          ...period(p, p.kind, PIIS_KINDS[p.kind], 'SPP_IS'),
          extension: p.extension ? openPeriod(p.extension) : undefined,
          cpas: cpasXml(p.cpas),
        }),
      ),
    };
    // The person's counter, from all their exemptions (the same as ListOfAttestation's ExonerationArt35).
    const counter = art35Counter(history.art35);
    tree['art35Exemptions'] = compact({
      firstExemptionDate: counter?.firstExemptionDate,
      exemptedDays: counter?.exemptedDays,
      art35Exemption: art35.map((a) => ({
        ...period(a, a.kind, ART35_KINDS[a.kind], 'SPP_IS'),
        cpas: cpasXml(a.cpas),
      })),
    });
    tree['artisticExemptions'] = {
      artisticExemption: artistic.map((a) => ({
        ...period(a, ARTISTIC_EXEMPTION.code, ARTISTIC_EXEMPTION.labels, 'SPP_IS'),
        year: String(a.year),
        cpas: cpasXml(a.cpas),
      })),
    };
    tree['installationPremiums'] = {
      installationPremium: premiums.map((p) => ({
        ...period(
          { begin: p.date, end: p.date },
          INSTALLATION_PREMIUM.code,
          INSTALLATION_PREMIUM.labels,
          'SPP_IS',
        ),
        legalBasis: p.legalBasis,
        cpas: cpasXml(p.cpas),
      })),
    };
    count += piis.length + art35.length + artistic.length + premiums.length;
  }
  return { tree, count };
}

/** The French, Dutch and German labels as CommonV3's LocalizedDescriptionsType. */
export function labels(l: Labels): XmlTree {
  return {
    description: [
      { '#text': l.fr, '@_language': 'FR' },
      { '#text': l.nl, '@_language': 'NL' },
      { '#text': l.de, '@_language': 'DE' },
    ],
  };
}

function period(span: Span, code: string, l: Labels, origin: string): XmlTree {
  return compact({ beginDate: span.begin, endDate: span.end, code, label: labels(l), origin });
}

function openPeriod(span: Span): XmlTree {
  return compact({ beginDate: span.begin, endDate: span.end });
}

function residence(r: ResidencePeriod): XmlTree {
  switch (r.place.kind) {
    case 'MUNICIPALITY': {
      const m = MUNICIPALITIES[r.place.municipality];
      return {
        ...period(r, m.nis, m.labels, r.origin),
        placeKind: 'MUNICIPALITY',
        postalCode: m.postalCode,
      };
    }
    case 'ABROAD':
      return {
        ...period(r, r.place.country, COUNTRIES[r.place.country], r.origin),
        placeKind: 'ABROAD',
      };
    case 'STRUCK_OFF':
      return {
        ...period(r, STRUCK_OFF.code, STRUCK_OFF.labels, r.origin),
        placeKind: 'STRUCK_OFF',
      };
  }
}

function cpasXml(cbe: string): XmlTree {
  return { cbeNumber: cbe, name: cpasByCbe(cbe).name };
}

/** Orders incomplete dates by the earliest day they may mean (plain text order does just that). */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
