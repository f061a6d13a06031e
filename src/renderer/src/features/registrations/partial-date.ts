// A birth date as the register knows it, typed the Belgian way: dd/mm/yyyy, mm/yyyy or yyyy (in part when
// only that is known); what the person services take.
import { displayDateToIso } from '../../../../shared/domain/period';

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', or null when the text is none of dd/mm/yyyy, mm/yyyy, yyyy. */
export function partialDate(text: string): string | null {
  const trimmed = text.trim();
  if (/^\d{4}$/.test(trimmed)) return trimmed;
  const month = /^(\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (month) {
    const value = Number(month[1]);
    return value >= 1 && value <= 12 ? `${month[2]}-${String(value).padStart(2, '0')}` : null;
  }
  const iso = displayDateToIso(trimmed);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
}

/** The register's incomplete form: 'YYYY' → 'YYYY-00-00', 'YYYY-MM' → 'YYYY-MM-00'. */
export function registerDate(partial: string): string {
  const [year, month = '00', day = '00'] = partial.split('-');
  return `${year}-${month}-${day}`;
}
