// The situation on a date: what held on one day (nationality, register, municipality, TI 207, status,
// the aid periods then open with their CPAS and role, PIIS, art. 35 and artistic exemptions), for the
// result screen's panel and the report's "situation on dd/mm/yyyy".
import { aidOn, deriveAidPeriods, type AidPeriod } from '../domain/aid-periods';
import { dateBounds, type InquiryItem } from '../domain/inquiry';
import type { TFunction } from 'i18next';
import { isoToDisplayDate, type Period } from '../domain/period';
import { formatInquiryPeriod } from './format';

/** Whether the item's days (incomplete dates at their widest) hold the ISO day. */
export function inForceOn(item: Pick<InquiryItem, 'begin' | 'end'>, day: string): boolean {
  if (dateBounds(item.begin).first > day) return false;
  return item.end === null || dateBounds(item.end).last >= day;
}

/** A PIIS is in force over its period and its prolongation. */
function piisInForce(item: InquiryItem, day: string): boolean {
  if (inForceOn(item, day)) return true;
  const extension = item.details.find((d) => d.key === 'extension');
  return extension?.kind === 'period' && inForceOn(extension, day);
}

export const SITUATION_ROWS = [
  'nationality',
  'register',
  'municipality',
  'organisation',
  'status',
  'aid',
  'piis',
  'art35',
  'artistic',
] as const;
export type SituationRow = (typeof SITUATION_ROWS)[number];

export interface Situation {
  /** ISO day. */
  date: string;
  nationality: InquiryItem[];
  register: InquiryItem[];
  municipality: InquiryItem[];
  organisation: InquiryItem[];
  status: InquiryItem[];
  /** Aid periods open that day (aid-periods.ts), each with its CPAS and role. */
  aid: AidPeriod[];
  piis: InquiryItem[];
  art35: InquiryItem[];
  artistic: InquiryItem[];
}

export function situationOn(items: readonly InquiryItem[], day: string): Situation {
  const on = (predicate: (item: InquiryItem) => boolean) =>
    items.filter((item) => predicate(item) && inForceOn(item, day));
  return {
    date: day,
    nationality: on((i) => i.lane === 'residence' && i.subLane === 'nationality'),
    register: on((i) => i.lane === 'residence' && i.subLane === 'register'),
    municipality: on((i) => i.lane === 'residence' && i.subLane === 'municipality'),
    organisation: on((i) => i.lane === 'organisation'),
    status: on((i) => i.lane === 'status'),
    aid: aidOn(deriveAidPeriods(items), day),
    piis: items.filter((i) => i.lane === 'piis' && piisInForce(i, day)),
    art35: on((i) => i.lane === 'art35'),
    artistic: on((i) => i.lane === 'artistic'),
  };
}

/** The day the situation opens on: the end of the requested period, or today when that is earlier. */
export function defaultSituationDate(period: Period, today: string): string {
  return period.to < today ? period.to : today;
}

/** One row of the situation as text: its title and one line per thing in force (none: []). */
export interface SituationLine {
  row: SituationRow;
  title: string;
  values: string[];
  itemIds: string[];
}

function organisationName(item: InquiryItem, language: 'fr' | 'nl' | 'de'): string {
  const detail = item.details.find((d) => d.key === 'organisation');
  const kind = item.label[language] || item.label.fr;
  return detail?.kind === 'organisation' && detail.name ? `${detail.name} (${kind})` : kind;
}

function detailText(item: InquiryItem, key: 'exemptedDays'): string {
  const detail = item.details.find((d) => d.key === key);
  return detail?.kind === 'text' ? detail.text : '';
}

/** The situation as lines for the panel and the report, in the UI language. */
export function situationLines(
  situation: Situation,
  language: 'fr' | 'nl' | 'de',
  t: TFunction,
): SituationLine[] {
  const label = (item: InquiryItem) => item.label[language] || item.label.fr;
  const withDates = (item: InquiryItem) =>
    `${label(item)} (${formatInquiryPeriod(item.begin, item.end, t)})`;
  const plain = (row: SituationRow, items: InquiryItem[], text = label): SituationLine => ({
    row,
    title: t(`answers.situation.${row}`),
    values: items.map(text),
    itemIds: items.map((i) => i.id),
  });
  const aid: SituationLine = {
    row: 'aid',
    title: t('answers.situation.aid'),
    values: situation.aid.map((period) => {
      const params = {
        basis: t(`result.subLane.${period.legalBasis}`),
        cpas: period.cpas.name || period.cpas.id,
        role: period.role ? t(`codes.role.${period.role}`) : t('answers.situation.roleUnknown'),
        begin: isoToDisplayDate(period.begin),
        end: period.end ? isoToDisplayDate(period.end) : '',
        interpolation: { escapeValue: false },
      };
      return period.end
        ? t('answers.situation.aidLineEnd', params)
        : t('answers.situation.aidLine', params);
    }),
    itemIds: situation.aid.map((a) => a.id),
  };
  return [
    plain('nationality', situation.nationality),
    plain('register', situation.register),
    plain('municipality', situation.municipality),
    plain('organisation', situation.organisation, (i) => organisationName(i, language)),
    plain('status', situation.status),
    aid,
    plain('piis', situation.piis, withDates),
    plain('art35', situation.art35, (i) =>
      [withDates(i), detailText(i, 'exemptedDays')].filter(Boolean).join(' · '),
    ),
    plain('artistic', situation.artistic),
  ];
}
