// Which other services a result offers for the person, by the kind of their (final) number: a BIS number has
// no National Register extract (Tx25) and no foreigner situation: both services answer REG00004 for one.
import { parseNiss } from '../../../../shared/domain/niss';

export interface OfferedSupplements {
  registerExtract: boolean;
  foreignerSituation: boolean;
}

export function offeredSupplements(finalNiss: string): OfferedSupplements {
  const niss = parseNiss(finalNiss);
  const national = !(niss.ok && niss.kind === 'bis');
  return { registerExtract: national, foreignerSituation: national };
}
