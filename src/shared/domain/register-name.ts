// The person's name as the National Register gives it (Tx25, information type 010), when the register extract
// was consulted from the inquiry: what the saved inquiries can be found by when no name was typed.
import type { Inquiry } from './inquiry';

/** 'LASTNAME Firstnames' (the way the start screen writes a name), or null when the extract has none. */
export function registerPersonName(inquiry: Pick<Inquiry, 'supplements'>): string | null {
  const entries = inquiry.supplements?.registerExtract?.extract.informationTypes ?? [];
  const names = entries.filter((entry) => entry.code === '010');
  const entry = names.find((candidate) => candidate.current) ?? names[0];
  if (!entry) return null;
  const part = (leaf: string) =>
    entry.fields
      .filter((field) => field.name.split('.').at(-1) === leaf)
      .map((field) => (field.label ?? field.value).trim())
      .filter((text) => text !== '')
      .join(' ');
  const lastName = part('LastName').toUpperCase();
  const firstNames = part('FirstName');
  const name = `${lastName} ${firstNames}`.trim();
  return name === '' ? null : name;
}
