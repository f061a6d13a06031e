// Which timeline items a comparison marks, and with which class: an item added, ended or changed since the
// earlier inquiry. A claim or a stop drawn as its aid's bar marks that bar as changed (its own change is listed).
import type { InquiryComparison } from '../../../../shared/comparison';

export const CHANGE_CLASSES = ['change-added', 'change-ended', 'change-changed'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/** Timeline id → class; `drawn` maps an item drawn as another (a claim inside its aid) to that one. */
export function changeMarks(
  comparison: InquiryComparison | null,
  drawn: ReadonlyMap<string, string>,
): Map<string, ChangeClass> {
  const marks = new Map<string, ChangeClass>();
  if (!comparison) return marks;
  const inside: string[] = [];
  for (const change of comparison.items) {
    if (!change.after || change.kind === 'removed') continue;
    const id = change.after.item.id;
    const bar = drawn.get(id);
    if (bar !== undefined && bar !== id) inside.push(bar);
    else marks.set(id, `change-${change.kind}` as ChangeClass);
  }
  // The bar's own change says more than "something inside changed".
  for (const bar of inside) if (!marks.has(bar)) marks.set(bar, 'change-changed');
  return marks;
}

/** The class list with the change's class in place of any earlier one. */
export function withChangeClass(className: string, mark: ChangeClass | undefined): string {
  const kept = className
    .split(' ')
    .filter((c) => c && !(CHANGE_CLASSES as readonly string[]).includes(c));
  return [...kept, ...(mark ? [mark] : [])].join(' ');
}
