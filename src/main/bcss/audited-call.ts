// Every try of a BCSS call reaches the audit log with its outcome (the answer's, or the failure's kind or code)
// and the BCSS ticket, before the answer is used: a call that cannot be recorded fails.
import type { EnvironmentName } from '../../shared/contract/contract';
import { BcssFault, BcssHttpError, BcssStatusError } from './failures';
import { TransportFailure } from './transport';
import { MalformedXml } from './xml';

/** One BCSS call as the audit log records it: every try, successful or not. */
export interface BcssCallEvent {
  service:
    | 'SocialInquiry'
    | 'ListOfAttestation'
    | 'ManageAccess'
    | 'IdentifyPerson'
    | 'RetrieveTIGroups'
    | 'ForeignerSituation';
  niss: string;
  legalContext: string;
  environment: EnvironmentName;
  /** 'OK', the BCSS status or fault code, 'HTTP <status>', 'malformed', or a transport failure kind. */
  outcome: string;
  ticketCBSS: string | null;
}

export type BcssCallRecorder = (event: BcssCallEvent) => Promise<void>;

/** Wraps one try: `call` runs, then its outcome is recorded; the answer (or the failure) passes on after. */
export function auditedCall<T extends { ticketCBSS: string | null }>(
  record: BcssCallRecorder | undefined,
  event: Omit<BcssCallEvent, 'outcome' | 'ticketCBSS'>,
  call: () => Promise<T>,
  outcomeOf: (answer: T) => string = () => 'OK',
): () => Promise<T> {
  const write = (outcome: string, ticketCBSS: string | null) =>
    record?.({ ...event, outcome, ticketCBSS }) ?? Promise.resolve();
  return async () => {
    let answer: T;
    try {
      answer = await call();
    } catch (error) {
      await write(outcomeOfFailure(error), ticketOfFailure(error));
      throw error;
    }
    await write(outcomeOf(answer), answer.ticketCBSS);
    return answer;
  };
}

export function outcomeOfFailure(error: unknown): string {
  if (error instanceof TransportFailure) return error.kind;
  if (error instanceof BcssFault) return error.reasonCode ?? error.faultCode;
  if (error instanceof BcssStatusError) return error.code;
  if (error instanceof BcssHttpError) return `HTTP ${error.status}`;
  if (error instanceof MalformedXml) return 'malformed';
  return 'error';
}

function ticketOfFailure(error: unknown): string | null {
  if (error instanceof BcssFault || error instanceof BcssStatusError) return error.ticketCBSS;
  return null;
}
