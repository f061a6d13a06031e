// Builds valid synthetic NISS numbers (National Register or BIS) from a birth date and a counter.

export interface NissParts {
  year: number;
  /** 0 = unknown month (and day). */
  month: number;
  /** 0 = unknown day. */
  day: number;
  /** The 3-digit sequence number: odd for men, even for women (when the sex is known). */
  counter: number;
  /** 'bis' adds 40 to the month (sex known); 'bis-unknown-sex' adds 20. */
  kind?: 'national' | 'bis' | 'bis-unknown-sex';
}

/** Returns the 11 digits YYMMDD NNN CC, with the check digits of the birth century. */
export function makeNiss(parts: NissParts): string {
  const { year, month, day, counter } = parts;
  if (year < 1900 || year > 2099) throw new Error(`year out of range: ${year}`);
  if (counter < 1 || counter > 998) throw new Error(`counter out of range: ${counter}`);
  const offset = parts.kind === 'bis' ? 40 : parts.kind === 'bis-unknown-sex' ? 20 : 0;
  const body = pad(year % 100) + pad(month + offset) + pad(day) + String(counter).padStart(3, '0');
  // From 2000 the check digits are computed on '2' + the nine digits (DOMAIN.md §5).
  const base = year >= 2000 ? BigInt('2' + body) : BigInt(body);
  const check = 97n - (base % 97n);
  return body + pad(Number(check));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
