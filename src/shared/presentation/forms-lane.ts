// What the forms lane draws, for the swimlanes and the printed report alike: the aid periods per CPAS
// (domain/aid-periods.ts), the stops that ended nothing as points, and the claims that fall in no aid.
// Claims inside an aid are not drawn on their own: the aid's bar counts them, the table lists them.
import {
  cpasShortName,
  deriveAidPeriods,
  isAidBasis,
  itemCpas,
  type AidBasis,
  type AidCpas,
  type AidDerivation,
  type AidSpan,
} from '../domain/aid-periods';
import { dateBounds, type InquiryItem } from '../domain/inquiry';
import { compareIds, compareIsoDates } from '../domain/order';

export interface FormsLaneEntry {
  kind: 'aid' | 'stop' | 'claim';
  /** The item selected when the entry is: the aid's decision, the stop, the claim. */
  item: InquiryItem;
  subLane: AidBasis;
  cpas: AidCpas;
  /** The CPAS's short name, every bar's label. */
  cpasLabel: string;
  /** Each CPAS of a sub-lane has its own row: 0 for the first to appear, 1 for the next, ... */
  row: number;
  /** ISO days, both ends included; a stop's begin = end = its day. */
  begin: string;
  end: string | null;
  /** An aid's declared period when it differs from the drawn one. */
  declared: AidSpan | null;
  /** The stop that ended the aid (its item id). */
  stopId: string | null;
  /** The day the aid's stop took effect. */
  stopDate: string | null;
  claims: number;
}

/** The forms lane's entries, sub-lane by sub-lane in date order, from an inquiry's items. */
export function formsLaneEntries(
  items: readonly InquiryItem[],
  derivation: AidDerivation = deriveAidPeriods(items),
): FormsLaneEntry[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const rows = new Map<string, number>();
  const entries: Omit<FormsLaneEntry, 'row'>[] = [];
  const stopDates = new Map(derivation.stops.map((s) => [s.id, s.date]));
  for (const aid of derivation.periods) {
    entries.push({
      kind: 'aid',
      item: byId.get(aid.id)!,
      subLane: aid.legalBasis,
      cpas: aid.cpas,
      cpasLabel: cpasShortName(aid.cpas),
      begin: aid.begin,
      end: aid.end,
      declared: aid.declared,
      stopId: aid.stopId,
      stopDate: aid.stopId ? (stopDates.get(aid.stopId) ?? null) : null,
      claims: aid.claimIds.length,
    });
  }
  for (const stop of derivation.stops) {
    if (stop.endsAid) continue;
    entries.push({
      kind: 'stop',
      item: byId.get(stop.id)!,
      subLane: stop.legalBasis,
      cpas: stop.cpas,
      cpasLabel: cpasShortName(stop.cpas),
      begin: stop.date,
      end: stop.date,
      declared: null,
      stopId: null,
      stopDate: stop.date,
      claims: 0,
    });
  }
  for (const id of derivation.looseIds) {
    const item = byId.get(id)!;
    const cpas = itemCpas(item);
    entries.push({
      kind: 'claim',
      item,
      subLane: item.subLane as AidBasis,
      cpas,
      cpasLabel: cpasShortName(cpas),
      begin: dateBounds(item.begin).first,
      end: item.end ? dateBounds(item.end).last : null,
      declared: null,
      stopId: null,
      stopDate: null,
      claims: 0,
    });
  }
  entries.sort((a, b) => compareIsoDates(a.begin, b.begin) || compareIds(a.item.id, b.item.id));
  return entries.map((entry) => {
    const key = `${entry.subLane}|${entry.cpas.id || entry.cpas.name}`;
    if (!rows.has(key)) {
      rows.set(key, [...rows.keys()].filter((k) => k.startsWith(`${entry.subLane}|`)).length);
    }
    return { ...entry, row: rows.get(key)! };
  });
}

/**
 * The forms lane as periods to draw where a drawing reads items (the printed report): each entry as a copy
 * of its item over the entry's days, labelled with its CPAS (and the stop, or the form, in `words`).
 */
export function formsLaneDrawnItems(
  items: readonly InquiryItem[],
  words: { stop: (date: string) => string; stopPoint: string },
  language: 'fr' | 'nl' | 'de',
): InquiryItem[] {
  const formIds = new Set(
    items.filter((i) => i.lane === 'forms' && isAidBasis(i.subLane)).map((i) => i.id),
  );
  const drawn = formsLaneEntries(items).map((entry): InquiryItem => {
    const own = entry.item.label[language] || entry.item.label.fr;
    const text =
      entry.kind === 'aid'
        ? [entry.cpasLabel || own, entry.stopDate ? words.stop(entry.stopDate) : '']
            .filter(Boolean)
            .join(' · ')
        : entry.kind === 'stop'
          ? [words.stopPoint, entry.cpasLabel].filter(Boolean).join(' · ')
          : [entry.cpasLabel, own].filter(Boolean).join(' · ');
    const sameDay = (value: string) => ({ value, precision: 'day' as const });
    const keepBegin = entry.item.begin.precision !== 'day' && entry.kind !== 'stop';
    const keepEnd =
      entry.item.end !== null && entry.item.end.precision !== 'day' && entry.kind !== 'stop';
    return {
      ...entry.item,
      begin: keepBegin ? entry.item.begin : sameDay(entry.begin),
      end: entry.end === null ? null : keepEnd ? entry.item.end : sameDay(entry.end),
      label: { fr: text, nl: text, de: text },
    };
  });
  return [...drawn, ...items.filter((i) => i.lane === 'forms' && !formIds.has(i.id))];
}

/**
 * Whether a form is in force on a day as the forms lane reads it: a decision over its aid period (cut by a
 * later decision or its stop), a stop on its day only, any other form over its own period.
 */
export function formInForceOn(
  derivation: AidDerivation,
): (item: InquiryItem, day: string) => boolean {
  const aid = new Map(derivation.periods.map((p) => [p.id, p] as const));
  const stops = new Map(derivation.stops.map((s) => [s.id, s.date] as const));
  return (item, day) => {
    const period = aid.get(item.id);
    if (period) return period.begin <= day && (period.end === null || period.end >= day);
    const stop = stops.get(item.id);
    if (stop !== undefined) return stop === day;
    if (dateBounds(item.begin).first > day) return false;
    return item.end === null || dateBounds(item.end).last >= day;
  };
}
