// The checks the BCSS applies to a person-level request, in its order, and the status each failure answers with.
import { parseNiss } from '../../shared/domain/niss';
import type { PersonaMatch, PersonaRegistry, StatusValue } from '../personas';
import type { AccessRegistrations } from './access-registrations';
import type { QueryPeriod } from './periods';

/** The BCSS descriptions of the status codes a person-level request can end with (DOMAIN.md §4). */
export const STATUS_DESCRIPTIONS: Readonly<Record<string, string>> = {
  MSG00000: 'Treatment successful',
  MSG00005: 'The SSIN does not exist',
  MSG00006: 'The SSIN has been replaced',
  MSG00007: 'The SSIN has been cancelled',
  MSG00008: 'Invalid data in the request',
  MSG00009: 'The person is deceased',
  MSG00011: 'The structure of the SSIN is invalid',
  MSG00012: 'The SSIN is not integrated for this customer',
  MSG00013: 'Operation not allowed with this legal context and these credentials',
  MSG00014: 'The credentials do not match the customer organisation',
  MSG00100: 'Treatment successful, no data found at the supplier',
  REG00004: 'The SSIN is a BIS number',
};

export interface Information {
  fieldName: string;
  fieldValue: string;
}

export type CheckOutcome =
  /** The request ends here: a NO_RESULT, or a NO_DATA_FOUND that needs no data lookup (deceased). */
  | {
      kind: 'status';
      value: StatusValue;
      code: string;
      information: Information[];
      finalNiss?: string;
    }
  /** The person may be looked up; `information` is carried into the final status (e.g. newSSIN). */
  | { kind: 'person'; match: PersonaMatch; information: Information[] };

export interface CheckInput {
  /** False when the legal context (or, for SSDN, the sector) does not allow the operation. */
  contextAllowed: boolean;
  /** The organisation the request says it comes from; null when it names none by CBE. */
  customerCbe: string | null;
  /** The CBE of the client certificate (null: the certificate carries none). */
  clientCbe: string | null;
  ssin: string;
  /** The requested period, when the request has one. */
  period?: QueryPeriod;
  /**
   * The ManageAccess registrations: a person the client registered for (part of) the period is
   * integrated for it, whatever the persona's own `integratedFor` says.
   */
  registrations?: AccessRegistrations;
  /** False for ManageAccess itself: registering is how a person becomes integrated (no MSG00012). */
  requireIntegration?: boolean;
  /**
   * True for the National Register's services (Tx25, ForeignerSituation): a BIS number has no file there
   * (REG00004). Checked on the final NISS: a BIS number replaced by a register number is answered for it.
   */
  refuseBis?: boolean;
}

/**
 * Runs the checks in the BCSS's order: legal context → credentials → NISS structure → request data →
 * existence / cancellation / replacement / death → integration for the client. The message structure
 * was checked before (MSG00004 fault). A persona's `simulate` code fires at the step it belongs to.
 */
export function checkRequest(input: CheckInput, registry: PersonaRegistry): CheckOutcome {
  const match = registry.lookup(input.ssin);
  const simulated = match?.persona.simulate;
  const stop = (
    value: StatusValue,
    code: string,
    information: Information[] = [],
  ): CheckOutcome => ({
    kind: 'status',
    value,
    code,
    information,
  });

  if (!input.contextAllowed || simulated === 'MSG00013') return stop('NO_RESULT', 'MSG00013');
  if (
    input.clientCbe === null ||
    input.customerCbe !== input.clientCbe ||
    simulated === 'MSG00014'
  ) {
    return stop('NO_RESULT', 'MSG00014');
  }
  if (!parseNiss(input.ssin).ok) {
    return stop('NO_RESULT', 'MSG00011', [{ fieldName: 'ssin', fieldValue: input.ssin }]);
  }
  if ((input.period && input.period.begin > input.period.end) || simulated === 'MSG00008') {
    return stop('NO_RESULT', 'MSG00008', [
      { fieldName: 'period', fieldValue: 'beginDate after endDate' },
    ]);
  }

  if (!match) return stop('NO_RESULT', 'MSG00005');
  const information: Information[] = [];
  switch (match.state.kind) {
    case 'absent':
      return stop('NO_RESULT', 'MSG00005');
    case 'cancelled':
      return stop('NO_RESULT', 'MSG00007');
    case 'deceased':
      return {
        kind: 'status',
        value: 'NO_DATA_FOUND',
        code: 'MSG00009',
        // Spelled so by the BCSS.
        information: [{ fieldName: 'deceiseDate', fieldValue: match.state.date }],
        finalNiss: match.finalNiss,
      };
    case 'replaced':
      // Our model: the treatment goes on for the final NISS and says so (see docs/personas.md).
      information.push({ fieldName: 'newSSIN', fieldValue: match.finalNiss });
      break;
    case 'active':
      break;
  }
  if (input.refuseBis === true) {
    const final = parseNiss(match.finalNiss);
    if (final.ok && final.kind === 'bis') return stop('NO_RESULT', 'REG00004');
  }
  const integrated =
    input.requireIntegration === false ||
    match.persona.integratedFor.includes(input.clientCbe) ||
    input.registrations?.isRegistered(input.clientCbe, match.finalNiss, input.period) === true;
  if (!integrated) return stop('NO_RESULT', 'MSG00012');
  return { kind: 'person', match, information };
}
