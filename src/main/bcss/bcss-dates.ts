// BCSS dates to the model: incomplete dates (yyyy-mm-00, yyyy-00-00) keep their precision; 9999-… ends are open.
import type { InquiryDate } from '../../shared/domain/inquiry';
import { MalformedXml } from './xml';

export function readIncompleteDate(value: string): InquiryDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) throw new MalformedXml('unexpected', `not a date: ${value}`);
  const [, year, month, day] = match as unknown as [string, string, string, string];
  if (month === '00') return { value: year, precision: 'year' };
  if (day === '00') return { value: `${year}-${month}`, precision: 'month' };
  return { value: `${year}-${month}-${day}`, precision: 'day' };
}

/** An end date: absent or 9999-… means still running. */
export function readEndDate(value: string | null): InquiryDate | null {
  if (value === null || value.trim() === '' || value.startsWith('9999')) return null;
  return readIncompleteDate(value);
}
