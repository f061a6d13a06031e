// Art. 35 (royal decree of 11 July 2002): at most 36 months (1,096 days) of exempted work income within
// 72 months. The counter is the one ListOfAttestation gives (`PaymentExoneratedDays`), carried by every
// art. 35 item as the details `exemptedDays` ("N / 1096") and `firstExemption`. While an exemption runs,
// each day counts: the ceiling comes after the days left.
import { ART35_MAX_DAYS, type InquiryItem } from '../domain/inquiry';
import { shiftDay } from '../domain/aid-periods';
import { isoToDisplayDate } from '../domain/period';
import { addMonths, spanOfItem } from './common';
import type { Finding, FindingRuleFn } from './types';

export interface Art35Counter {
  days: number;
  /** ISO day of the cycle's first exemption. */
  first: string;
}

export function art35Counter(item: InquiryItem): Art35Counter | null {
  const days = item.details.find((d) => d.key === 'exemptedDays');
  const first = item.details.find((d) => d.key === 'firstExemption');
  if (days?.kind !== 'text' || first?.kind !== 'date' || first.date.precision !== 'day')
    return null;
  const match = /^(\d+)/.exec(days.text.trim());
  return match ? { days: Number(match[1]), first: first.date.value } : null;
}

/** Within this many days of the ceiling, the finding asks to check. */
const NEAR = 183;

export const art35: FindingRuleFn = ({ items, today }) => {
  const exemptions = items.filter((item) => item.lane === 'art35');
  const counted = exemptions.map(art35Counter).find((c) => c !== null);
  if (!counted) return [];
  const itemIds = exemptions.map((item) => item.id);
  const params = { days: counted.days, first: isoToDisplayDate(counted.first) };
  if (counted.days >= ART35_MAX_DAYS) {
    return [{ rule: 'art35', severity: 'check', message: 'art35Reached', params, itemIds }];
  }
  const running = exemptions.some((item) => {
    const span = spanOfItem(item);
    return span.begin <= today && (span.end === null || span.end >= today);
  });
  if (!running) return [{ rule: 'art35', severity: 'info', message: 'art35Idle', params, itemIds }];
  const left = ART35_MAX_DAYS - counted.days;
  const ceiling = shiftDay(today, left);
  const cycleEnd = shiftDay(addMonths(counted.first, 72), -1);
  const finding: Finding = {
    rule: 'art35',
    severity: left <= NEAR && ceiling <= cycleEnd ? 'check' : 'info',
    message: 'art35',
    params: { ...params, ceiling: isoToDisplayDate(ceiling) },
    itemIds,
  };
  return [finding];
};
