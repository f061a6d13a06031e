// The Tx25 register extract as the screen and the report show it: groups by information type, current values first, a timeline's rows.
import { dateBounds, type InquiryDate, type LocalizedText } from '../domain/inquiry';
import {
  informationTypeLabel,
  KNOWN_INFORMATION_TYPES,
} from '../domain/register-information-types';
import type { InformationField, InformationTypeEntry } from '../domain/supplements';
import { formatNiss } from './format';
import { decodeRegisterValue, registerFieldLabel } from '../domain/register-field-labels';

/**
 * The order an investigator reads a person in: where and under which title they live, who they are, who
 * takes care of them, their asylum path, family, then work. Unknown types come after, by code.
 */
export const INFORMATION_TYPE_ORDER = [
  '001',
  '020',
  '031',
  '210',
  '207',
  '205',
  '206',
  '120',
  '140',
  '141',
  '197',
  '198',
  '202',
] as const;

export interface ExtractGroup {
  code: string;
  /** False for a type the app has no name for: shown by its code and xm25 group, fields as they came. */
  known: boolean;
  label: LocalizedText;
  /** The xm25 group(s) the entries came in (what tells an unknown type apart). */
  xmlGroups: string[];
  /** Entries without an end date, latest first. */
  current: InformationTypeEntry[];
  /** Entries with an end date, latest first. */
  history: InformationTypeEntry[];
}

function rank(code: string): number {
  const index = (INFORMATION_TYPE_ORDER as readonly string[]).indexOf(code);
  if (index >= 0) return index;
  // Known to the label list but not placed above (a type added later): after the ordered ones, before unknown ones.
  return code in KNOWN_INFORMATION_TYPES
    ? INFORMATION_TYPE_ORDER.length
    : INFORMATION_TYPE_ORDER.length + 1;
}

/** An ISO day to compare dates of any precision: an incomplete date counts from its first day. */
function sortKey(date: InquiryDate | null | undefined): string {
  if (!date || typeof date.value !== 'string') return '';
  try {
    return dateBounds(date).first;
  } catch {
    return '';
  }
}

const latestFirst = (a: InformationTypeEntry, b: InformationTypeEntry) => {
  const byDate = sortKey(b.date).localeCompare(sortKey(a.date));
  return byDate !== 0 ? byDate : sortKey(b.endDate).localeCompare(sortKey(a.endDate));
};

/**
 * Makes an entry safe to draw whatever the register (or an older saved inquiry) sent: a missing code,
 * group or field list becomes an empty one instead of an exception that blanks the whole screen.
 */
export function normaliseEntry(entry: Partial<InformationTypeEntry>): InformationTypeEntry {
  const endDate = entry.endDate ?? null;
  return {
    code: typeof entry.code === 'string' && entry.code !== '' ? entry.code : '?',
    group: typeof entry.group === 'string' ? entry.group : '',
    date: entry.date ?? null,
    endDate,
    fields: Array.isArray(entry.fields)
      ? entry.fields.map((field: Partial<InformationField>) => ({
          name: String(field?.name ?? ''),
          value: String(field?.value ?? ''),
          ...(field?.label ? { label: String(field.label) } : {}),
        }))
      : [],
    // An end date is what makes an entry history, whatever the flag says.
    current: endDate === null,
  };
}

/** The extract's entries grouped by information type, in reading order, current values before history. */
export function groupExtract(entries: readonly Partial<InformationTypeEntry>[]): ExtractGroup[] {
  const groups = new Map<string, ExtractGroup>();
  for (const raw of entries) {
    const entry = normaliseEntry(raw);
    let group = groups.get(entry.code);
    if (!group) {
      group = {
        code: entry.code,
        known: entry.code in KNOWN_INFORMATION_TYPES,
        label: informationTypeLabel(entry.code),
        xmlGroups: [],
        current: [],
        history: [],
      };
      groups.set(entry.code, group);
    }
    if (entry.group && !group.xmlGroups.includes(entry.group)) group.xmlGroups.push(entry.group);
    (entry.current ? group.current : group.history).push(entry);
  }
  for (const group of groups.values()) {
    group.current.sort(latestFirst);
    group.history.sort(latestFirst);
  }
  return [...groups.values()].sort(
    (a, b) => rank(a.code) - rank(b.code) || a.code.localeCompare(b.code),
  );
}

/** A field's value with the register's label when it gives one: '150 – Maroc'. */
export function fieldValue(field: InformationField): string {
  return field.label && field.label !== field.value
    ? `${field.value} – ${field.label}`
    : field.value;
}

/** An xm25 date as the reader flattened it ('1987-04-12', '1987-04-00', '1987-00-00') in dd/mm/yyyy, mm/yyyy or yyyy. */
function registerDateText(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  if (month === '00') return year;
  if (day === '00') return `${month}/${year}`;
  return `${day}/${month}/${year}`;
}

/** A field as the investigator reads it: named in their language, dates dd/mm/yyyy, bare codes decoded. */
export function fieldForDisplay(
  field: InformationField,
  language: keyof LocalizedText,
  /** The information type's name in that language: a wrapper repeating it is left out of the label. */
  within?: string,
): { label: string; value: string } {
  const label = registerFieldLabel(field.name, language, within);
  const decoded = field.label ? null : decodeRegisterValue(field.name, field.value, language);
  // A national or BIS number reads as the rest of the app writes it: 87.04.12-142.92.
  const niss =
    field.name.split('.').at(-1) === 'NationalNumber' && /^\d{11}$/.test(field.value)
      ? formatNiss(field.value)
      : null;
  const value = decoded ?? niss ?? registerDateText(field.value) ?? fieldValue(field);
  return { label, value };
}

export interface TimelinePeriod {
  /** ISO days; `end` null: still current (drawn up to the consultation). */
  start: string;
  end: string | null;
  current: boolean;
}

export interface TimelineRow {
  code: string;
  label: LocalizedText;
  periods: TimelinePeriod[];
}

export interface ExtractTimeline {
  rows: TimelineRow[];
  /** ISO days the drawing spans; null when no entry is dated. */
  from: string | null;
  to: string | null;
}

/** One row per information type that has dated entries; the span runs from the first date to the consultation. */
export function extractTimeline(
  groups: readonly ExtractGroup[],
  consultedAt: string,
): ExtractTimeline {
  const consultedDay = consultedAt.slice(0, 10);
  const rows: TimelineRow[] = [];
  let from: string | null = null;
  let to: string | null = null;
  for (const group of groups) {
    const periods: TimelinePeriod[] = [];
    for (const entry of [...group.history, ...group.current]) {
      const start = sortKey(entry.date);
      if (!start) continue;
      const end = entry.endDate && sortKey(entry.endDate) ? dateBounds(entry.endDate).last : null;
      periods.push({ start, end, current: entry.current });
      if (from === null || start < from) from = start;
      const last = end || (consultedDay > start ? consultedDay : start);
      if (to === null || last > to) to = last;
    }
    if (periods.length > 0) {
      periods.sort((a, b) => a.start.localeCompare(b.start));
      rows.push({ code: group.code, label: group.label, periods });
    }
  }
  return { rows, from, to };
}

/** Years (1 January) to mark on the axis, at most about `maxTicks` of them. */
export function yearTicks(from: string, to: string, maxTicks = 8): number[] {
  const first = Number(from.slice(0, 4)) + 1;
  const last = Number(to.slice(0, 4));
  if (!(last >= first)) return [];
  const step = Math.max(1, Math.ceil((last - first + 1) / maxTicks));
  const years: number[] = [];
  for (let year = first; year <= last; year += step) years.push(year);
  return years;
}

/** Days since the epoch: the timeline's unit. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}
