// Text forms of the inquiry's dates, periods, numbers and detail values, the Belgian way (dd/mm/yyyy).
import type { TFunction } from 'i18next';
import { format, isValid, parseISO } from 'date-fns';
import type { InquiryDate, InquiryDetail } from '../domain/inquiry';
import { parseCbe, parseNiss } from '../domain/niss';
import type { Language } from '../domain/preferences';

/** 'YYYY-MM-DD' → '31/12/2024'; 'YYYY-MM' → '07/2019'; 'YYYY' → '2019': an incomplete date stays visibly so. */
export function formatInquiryDate(date: InquiryDate): string {
  const [year = '', month = '', day = ''] = date.value.split('-');
  if (date.precision === 'year') return year;
  if (date.precision === 'month') return `${month}/${year}`;
  return `${day}/${month}/${year}`;
}

/** '01/01/2024 – 31/12/2024', or 'depuis le 01/01/2024, en cours' for an open period. */
export function formatInquiryPeriod(
  begin: InquiryDate,
  end: InquiryDate | null,
  t: TFunction,
): string {
  if (end === null) return t('result.openRange', { begin: formatInquiryDate(begin) });
  return `${formatInquiryDate(begin)} – ${formatInquiryDate(end)}`;
}

/** An ISO timestamp as '12/05/2025 14:32' (local time); the text unchanged when it is no timestamp. */
export function formatTimestamp(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, 'dd/MM/yyyy HH:mm') : iso;
}

/** An ISO timestamp's local day as '12/05/2025'; the text unchanged when it is no timestamp. */
export function formatDay(iso: string): string {
  const date = parseISO(iso);
  return isValid(date) ? format(date, 'dd/MM/yyyy') : iso;
}

/** A NISS as YY.MM.DD-NNN.CC when it is one; otherwise as received. */
export function formatNiss(niss: string): string {
  const parsed = parseNiss(niss);
  return parsed.ok ? parsed.formatted : niss;
}

/** A CBE number as 0123.456.789 when it is one (a CPAS); other identifiers (centre codes) as received. */
export function formatOrganisationId(id: string): string {
  const parsed = parseCbe(id);
  return parsed.ok ? parsed.formatted : id;
}

/** The value of one detail, in the UI language. */
export function formatDetailValue(detail: InquiryDetail, language: Language, t: TFunction): string {
  switch (detail.kind) {
    case 'text':
      return detail.text;
    case 'localized':
      return detail.text[language] || detail.text.fr;
    case 'date':
      return formatInquiryDate(detail.date);
    case 'period':
      return formatInquiryPeriod(detail.begin, detail.end, t);
    case 'flag':
      return detail.value ? t('result.value.yes') : t('result.value.no');
    case 'niss':
      return formatNiss(detail.niss);
    case 'organisation': {
      const id = formatOrganisationId(detail.id);
      if (!detail.name) return id;
      return id ? `${detail.name} (${id})` : detail.name;
    }
  }
}
