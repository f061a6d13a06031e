// Orderings for sorting thousands of periods. `a.localeCompare(b, 'en', { numeric: true })` builds a collator on
// every call (the heavy render spent tens of ms in it): the collator is made once here. ISO dates
// ('YYYY-MM-DD') need no collation at all: they sort as plain strings.

const idCollator = new Intl.Collator('en', { numeric: true });

/** Ids with numbers in them ("item-9" before "item-10"), as `localeCompare(b, 'en', { numeric: true })`. */
export function compareIds(a: string, b: string): number {
  return idCollator.compare(a, b);
}

/** ISO dates (or any strings whose code-unit order is their order). */
export function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
