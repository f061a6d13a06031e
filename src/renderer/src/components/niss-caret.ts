// Keeps the caret after the same digit when as-you-type formatting inserts separators.

/** Position in `formatted` just after its `digitCount`-th digit (0 → start). */
export function caretAfterDigits(formatted: string, digitCount: number): number {
  if (digitCount <= 0) return 0;
  let seen = 0;
  for (let i = 0; i < formatted.length; i++) {
    if (/\d/.test(formatted[i] ?? '')) seen++;
    if (seen === digitCount) return i + 1;
  }
  return formatted.length;
}

export function digitsBefore(text: string, caret: number): number {
  return text.slice(0, caret).replace(/\D/g, '').length;
}
