// What the start screen holds: NISS, period and the optional person's name, and the request they make.
import type { DemoPerson, InquiryRequest } from '../../../../shared/contract/contract';
import { compactNiss, formatNissPartial, parseNiss } from '../../../../shared/domain/niss';
import { checkPeriod, type Period } from '../../../../shared/domain/period';
import { demoPersonFor, demoPersonName, pickedNissText } from './demo-persons';

export interface InquiryInput {
  niss: string;
  period: Period;
  /** As the investigator types it; only used to find the saved inquiry again (never sent to the BCSS). */
  personName: string;
}

/** The longest name the contract accepts. */
export const PERSON_NAME_MAX = 200;

export function isReady(input: InquiryInput): boolean {
  return parseNiss(input.niss).ok && checkPeriod(input.period.from, input.period.to).ok;
}

/** The demo picker fills the NISS and the person's name ('LASTNAME Firstname'). */
export function withPickedPerson(input: InquiryInput, person: DemoPerson): InquiryInput {
  return { ...input, niss: pickedNissText(person), personName: demoPersonName(person) };
}

/**
 * A NISS typed over a picked person's: once the field holds another whole NISS (or nothing), the
 * name the picker filled in goes too, as it would name someone else; a typo being fixed keeps it, and
 * a name the investigator typed always stays.
 */
export function withNiss(
  input: InquiryInput,
  niss: string,
  persons: readonly DemoPerson[],
): InquiryInput {
  const before = demoPersonFor(persons, input.niss);
  if (before === undefined || input.personName !== demoPersonName(before)) {
    return { ...input, niss };
  }
  const digits = compactNiss(niss);
  const otherPerson =
    digits === '' || (digits.length === 11 && digits !== compactNiss(before.niss));
  return { ...input, niss, personName: otherPerson ? '' : input.personName };
}

/** The runInquiry call for the input: digits only, the name trimmed and left out when empty. */
export function inquiryRequest(input: InquiryInput, requestId: string): InquiryRequest {
  const personName = input.personName.replace(/\s+/g, ' ').trim().slice(0, PERSON_NAME_MAX);
  return {
    requestId,
    niss: compactNiss(input.niss),
    period: input.period,
    ...(personName === '' ? {} : { personName }),
  };
}

/** The input that reruns a saved inquiry: its NISS as asked, its period, the name it was saved under. */
export function rerunInput(
  request: { niss: string; period: Period },
  personName: string | null,
): InquiryInput {
  return {
    niss: formatNissPartial(request.niss),
    period: { ...request.period },
    personName: personName ?? '',
  };
}
