// How many rows of a lane's table to render: pages of PAGE_SIZE, grown so that the rows a finding's link
// selected are among them (a link must show what it selects, even at row 1,200 of the heavy person).

/** Rows rendered at first, and added per "show more". */
export const PAGE_SIZE = 100;

/** The rows to render so that every wanted row is rendered: `shown` or more, in whole pages. */
export function rowsToShow(
  rows: readonly { id: string }[],
  wanted: readonly string[],
  shown: number,
): number {
  if (wanted.length === 0) return shown;
  const ids = new Set(wanted);
  let last = -1;
  rows.forEach((row, index) => {
    if (ids.has(row.id)) last = index;
  });
  return last < shown ? shown : Math.ceil((last + 1) / PAGE_SIZE) * PAGE_SIZE;
}
