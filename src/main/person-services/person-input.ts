// Checks what the investigator typed for a person service before any call: a NISS, an ISO period (open or not).
import { DeskFailure } from '../../shared/api/errors';
import { parseNiss } from '../../shared/niss';
import { checkPeriod } from '../../shared/period';

export function validNiss(text: string): string {
  const niss = parseNiss(text);
  if (!niss.ok) {
    throw new DeskFailure({
      code: 'INVALID_NISS',
      messageKey: 'inquiry.error.invalidNiss',
      details: { reason: niss.reason },
    });
  }
  return niss.value;
}

/** A period whose end may stay open (a registration that runs on). */
export function validPeriod(period: { from: string; to: string | null }) {
  const check = checkPeriod(period.from, period.to ?? '9999-12-31');
  if (!check.ok) {
    throw new DeskFailure({
      code: 'INVALID_PERIOD',
      messageKey: 'inquiry.error.invalidPeriod',
      details: { reason: check.reason },
    });
  }
  return { from: period.from, to: period.to };
}
