// The person's art. 35 counter as the two details every art. 35 item carries, whichever service sent it
// (Social Inquiry's section 6, ListOfAttestation's ExonerationArt35).
import { ART35_MAX_DAYS, type InquiryDetail } from '../../shared/domain/inquiry';
import { readIncompleteDate } from './bcss-dates';
import { MalformedXml } from './xml';

export function art35CounterDetails(firstDate: string, days: string): InquiryDetail[] {
  const exempted = days.trim();
  if (!/^\d+$/.test(exempted))
    throw new MalformedXml('unexpected', `not a number of days: ${days}`);
  return [
    { key: 'firstExemption', kind: 'date', date: readIncompleteDate(firstDate) },
    { key: 'exemptedDays', kind: 'text', text: `${Number(exempted)} / ${ART35_MAX_DAYS}` },
  ];
}
