// Where each step of a running inquiry stands, given the step main reports.
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
