// Checks what the investigator typed before any BCSS call (inquiry and person services): a NISS, an ISO period.
import { DeskFailure } from '../../shared/contract/errors';
import { parseNiss } from '../../shared/domain/niss';
import { checkPeriod } from '../../shared/domain/period';

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

/** A period; its end may stay open (null) where the caller allows it (a registration that runs on). */
export function validPeriod<P extends { from: string; to: string | null }>(period: P): P {
  const check = checkPeriod(period.from, period.to ?? '9999-12-31');
  if (!check.ok) {
    throw new DeskFailure({
      code: 'INVALID_PERIOD',
      messageKey: 'inquiry.error.invalidPeriod',
      details: { reason: check.reason },
    });
  }
  return period;
}
