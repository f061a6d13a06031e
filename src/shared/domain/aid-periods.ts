// Aid periods, per CPAS: when a CPAS granted aid under a legal basis, derived from the forms it sent
// (DOMAIN.md §8). The forms lane, its table, the report and the findings read this, not the raw forms.
//
// Rules (each one tested in aid-periods.test.ts):
// 1. What a form is comes from its legal basis and type (FORM_KINDS): a *decision* (RIS B, Loi 65 B1,
//    loi organique B) opens aid; a *stop* (C, any basis: stop or refusal) closes it; a *claim* (RIS D,
//    Loi 65 B2 medical costs, D1, D2, F recovery, A identification) belongs to the aid it falls in. An
//    unknown type is a claim: it never opens nor ends anything.
// 2. Aid is kept apart per legal basis, CPAS (the sending CPAS's CBE) and role (main beneficiary or
//    partner): a partner's copy of a form is the partner's aid, never merged with the main one, and two
//    CPAS are two aid periods even on the same days (that overlap is a finding, not a merge).
// 3. A decision's aid runs over the period the item carries, which is SPP IS's *recalculated* period when
//    there is one, the declared period otherwise. When the declared period differs it is kept as
//    `declared`, to be drawn faint behind.
// 4. Two decisions of the same basis, CPAS and role: the later (by begin) takes over from its first day;
//    the earlier ends the day before, if it ran on (open or ending later).
// 5. A stop on day D (the first day of its period) ends the latest aid of the same basis, CPAS and role
//    that began before D and was still running on D - 1 (open, or ending on or after D - 1): that aid
//    ends on D - 1 at the latest and carries the stop (`stopId`). A stop that ends nothing (no decision,
//    a refusal, a stop on the day the aid begins) is a stop on its own: a point event.
// 6. Incomplete dates (month or year known) are read at their widest: a begin at its first day, an end at
//    its last; the stop at its first day. The aid says `incomplete` when one of its decision's dates was.
// 7. A claim belongs to the aid of the same basis, CPAS and role whose days hold its first day; it is
//    listed in `claimIds`, otherwise it is loose (`looseIds`) and drawn as itself.
import { dateBounds, type InquiryItem, type Role } from './inquiry';
import { compareIds, compareIsoDates } from './order';

export const AID_BASES = ['RIS', 'LOI65', 'ORGANIC'] as const;
export type AidBasis = (typeof AID_BASES)[number];
export type FormKind = 'decision' | 'stop' | 'claim';

/** The form types of DOMAIN.md §8 by what they do to aid. */
export const FORM_KINDS: Readonly<Record<AidBasis, Readonly<Record<string, FormKind>>>> = {
  RIS: { B: 'decision', C: 'stop', D: 'claim' },
  LOI65: {
    A: 'claim',
    B1: 'decision',
    B2: 'claim',
    C: 'stop',
    D1: 'claim',
    D2: 'claim',
    F: 'claim',
  },
  ORGANIC: { B: 'decision', C: 'stop' },
};

export interface AidCpas {
  /** CBE of the CPAS that sent the form ('' when the form did not say). */
  id: string;
  name: string;
}

/** ISO days, both ends included; end null: still running. */
export interface AidSpan {
  begin: string;
  end: string | null;
}

export interface AidPeriod extends AidSpan {
  /** The decision's item id: selecting the aid selects its decision. */
  id: string;
  legalBasis: AidBasis;
  cpas: AidCpas;
  role: Role | null;
  /** The declared period, when it differs from the one drawn. */
  declared: AidSpan | null;
  incomplete: boolean;
  /** The stop that ended this aid, if any. */
  stopId: string | null;
  claimIds: string[];
  blocked: boolean;
  fraud: boolean;
}

export interface AidStop {
  /** The stop's item id. */
  id: string;
  legalBasis: AidBasis;
  cpas: AidCpas;
  role: Role | null;
  /** The day the stop takes effect. */
  date: string;
  /** The aid it ended (its decision's id), or null: a stop on its own. */
  endsAid: string | null;
}

export interface AidDerivation {
  /** In order of their first day (the overlap rule relies on it). */
  periods: AidPeriod[];
  stops: AidStop[];
  /** Claims that fall in no aid, in date order. */
  looseIds: string[];
}

export function isAidBasis(value: string | null): value is AidBasis {
  return value !== null && (AID_BASES as readonly string[]).includes(value);
}

export function formKind(item: InquiryItem): FormKind {
  if (!isAidBasis(item.subLane)) return 'claim';
  return FORM_KINDS[item.subLane][item.code] ?? 'claim';
}

/** The CPAS that sent a form (or granted a PIIS, an exemption): `sendingCpas`, else `cpas`. */
export function itemCpas(item: InquiryItem): AidCpas {
  for (const key of ['sendingCpas', 'cpas'] as const) {
    const detail = item.details.find((d) => d.key === key);
    if (detail?.kind === 'organisation') return { id: detail.id, name: detail.name };
  }
  return { id: '', name: '' };
}

/** The day before / after an ISO day (UTC arithmetic: no time zone can shift it). */
export function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function spanOf(item: Pick<InquiryItem, 'begin' | 'end'>): AidSpan {
  return { begin: dateBounds(item.begin).first, end: item.end ? dateBounds(item.end).last : null };
}

function declaredOf(item: InquiryItem): AidSpan | null {
  const detail = item.details.find((d) => d.key === 'declaredPeriod');
  if (detail?.kind !== 'period') return null;
  return spanOf({ begin: detail.begin, end: detail.end });
}

function keyOf(basis: string, cpas: AidCpas, role: Role | null): string {
  return `${basis}|${cpas.id || cpas.name}|${role ?? ''}`;
}

const runsOn = (span: AidSpan, day: string) =>
  span.begin <= day && (span.end === null || span.end >= day);

const byBegin = (a: { begin: string; id: string }, b: { begin: string; id: string }) =>
  compareIsoDates(a.begin, b.begin) || compareIds(a.id, b.id);

/** Derives the aid periods, stops and loose claims from an inquiry's items (forms only are read). */
export function deriveAidPeriods(items: readonly InquiryItem[]): AidDerivation {
  const forms = items.filter((item) => item.lane === 'forms' && isAidBasis(item.subLane));
  const periods: AidPeriod[] = [];
  const byKey = new Map<string, AidPeriod[]>();
  const decisions = forms
    .filter((f) => formKind(f) === 'decision')
    .map((f) => ({ item: f, ...spanOf(f), id: f.id }))
    .sort(byBegin);
  for (const { item, begin, end } of decisions) {
    const cpas = itemCpas(item);
    const key = keyOf(item.subLane!, cpas, item.markers.role);
    const declared = declaredOf(item);
    const period: AidPeriod = {
      id: item.id,
      legalBasis: item.subLane as AidBasis,
      cpas,
      role: item.markers.role,
      begin,
      end,
      declared: declared && (declared.begin !== begin || declared.end !== end) ? declared : null,
      incomplete:
        item.begin.precision !== 'day' || (item.end !== null && item.end.precision !== 'day'),
      stopId: null,
      claimIds: [],
      blocked: item.markers.blocked,
      fraud: item.markers.fraud,
    };
    const same = byKey.get(key) ?? [];
    // Rule 4: the later decision takes over from its first day.
    const previous = same.at(-1);
    if (previous && previous.begin < begin && (previous.end === null || previous.end >= begin)) {
      previous.end = shiftDay(begin, -1);
    }
    same.push(period);
    byKey.set(key, same);
    periods.push(period);
  }

  const stops: AidStop[] = [];
  const stopItems = forms
    .filter((f) => formKind(f) === 'stop')
    .map((f) => ({ item: f, id: f.id, begin: dateBounds(f.begin).first }))
    .sort(byBegin);
  for (const { item, begin: date } of stopItems) {
    const cpas = itemCpas(item);
    const dayBefore = shiftDay(date, -1);
    const candidates = (byKey.get(keyOf(item.subLane!, cpas, item.markers.role)) ?? []).filter(
      (aid) =>
        aid.stopId === null && aid.begin < date && (aid.end === null || aid.end >= dayBefore),
    );
    const ended = candidates.at(-1) ?? null;
    if (ended) {
      ended.stopId = item.id;
      if (ended.end === null || ended.end > dayBefore) ended.end = dayBefore;
    }
    stops.push({
      id: item.id,
      legalBasis: item.subLane as AidBasis,
      cpas,
      role: item.markers.role,
      date,
      endsAid: ended?.id ?? null,
    });
  }

  const looseIds: string[] = [];
  const claims = forms
    .filter((f) => formKind(f) === 'claim')
    .map((f) => ({ item: f, id: f.id, begin: dateBounds(f.begin).first }))
    .sort(byBegin);
  for (const { item, begin } of claims) {
    const same = byKey.get(keyOf(item.subLane!, itemCpas(item), item.markers.role)) ?? [];
    const owner = same.findLast((aid) => runsOn(aid, begin));
    if (owner) owner.claimIds.push(item.id);
    else looseIds.push(item.id);
  }
  return { periods, stops, looseIds };
}

/** The aid periods running on a day. */
export function aidOn(derivation: AidDerivation, day: string): AidPeriod[] {
  return derivation.periods.filter((aid) => runsOn(aid, day));
}

/**
 * The short name of a CPAS for a bar's label: its name without the kind in front ("CPAS de Liège" →
 * "Liège", "OCMW Gent" → "Gent"), so the label still says which CPAS when the bar is narrow. The kind
 * is the sub-lane's context; the full name is in the tooltip and the detail panel.
 */
export function cpasShortName(cpas: AidCpas): string {
  const name = cpas.name.trim();
  if (!name) return cpas.id;
  const short = name.replace(
    /^(CPAS|OCMW|ÖSHZ|OESHZ)\s+(de\s+la\s+|de\s+l['’]|d['’]|de\s+|du\s+|des\s+)?/iu,
    '',
  );
  return short || name;
}
