// Where each step of a running inquiry stands, given the step main reports, and the time its call has left.
import type { InquiryProgress } from '../../../../shared/contract/contract';
import { INQUIRY_STEPS, type InquiryStep } from '../../../../shared/domain/inquiry';

/** The steps listed while an inquiry runs ('done' is the result screen itself). */
export const SHOWN_STEPS = INQUIRY_STEPS.filter((step) => step !== 'done');

export function stepState(
  step: InquiryStep,
  current: InquiryStep | null,
): 'done' | 'current' | 'todo' {
  if (current === null) return 'todo';
  const index = INQUIRY_STEPS.indexOf(step);
  const at = INQUIRY_STEPS.indexOf(current);
  return index < at ? 'done' : index === at ? 'current' : 'todo';
}

/**
 * The running call's budget as the countdown shows it: whole seconds left (rounded up, so that 0 means over),
 * the whole budget in seconds, and the share left for the bar. Main counts the time left at each answer to
 * the progress poll (every 250 ms), so the countdown needs no clock of the renderer's.
 */
export function budgetLeft(
  budget: InquiryProgress['budget'],
): { seconds: number; total: number; share: number } | null {
  if (!budget || budget.totalMs <= 0) return null;
  const remaining = Math.min(Math.max(budget.remainingMs, 0), budget.totalMs);
  return {
    seconds: Math.ceil(remaining / 1000),
    total: Math.round(budget.totalMs / 1000),
    share: remaining / budget.totalMs,
  };
}
