// Every try of a BCSS call reaches the audit log with its outcome (the answer's, or the failure's kind or code)
// and the BCSS ticket, before the answer is used: a call that cannot be recorded fails.
//
// By construction, not by convention: the only way to send anything to the BCSS is a `BcssChannel`, and the
// only place that opens one is `auditedCall`, for the length of one try whose audit row it writes whatever
// happens. A channel kept beyond its try refuses to send.
import type { EnvironmentName } from '../../shared/contract/contract';
import { BcssFault, BcssHttpError, BcssStatusError } from './failures';
import {
  postSoap,
  TransportFailure,
  type HttpAnswer,
  type SoapHttpRequest,
  type TransportConfig,
} from './transport';
import { bounded, boundedOrNull } from './server-strings';
import { MalformedXml } from './xml';

/** One BCSS call as the audit log records it: every try, successful or not. */
export interface BcssCallEvent {
  service:
    | 'SocialInquiry'
    | 'ListOfAttestation'
    | 'ManageAccess'
    | 'IdentifyPerson'
    | 'RetrieveTIGroups'
    | 'ForeignerSituation'
    /** The SSDN connector (sendXML) itself: the connection test's probe, which names no SSDN service. */
    | 'WebServiceConnector';
  /** The person consulted; empty for a connection test, which names nobody. */
  niss: string;
  legalContext: string;
  environment: EnvironmentName;
  /**
   * 'OK', the BCSS status or fault code, 'HTTP <status>', 'malformed <reason>' (malformed depth, ...), or a
   * transport failure kind.
   */
  outcome: string;
  ticketCBSS: string | null;
}

export type BcssCallRecorder = (event: BcssCallEvent) => Promise<void>;

/** Module-private: nothing outside this file can open a channel. */
const OPEN = Symbol('open a BCSS channel');

/** The right to send requests to the BCSS for one audited try. */
export class BcssChannel {
  #transport: TransportConfig | null;
  #posts = 0;
  readonly #budget: AbortSignal | undefined;

  constructor(key: typeof OPEN, transport: TransportConfig, budget?: AbortSignal) {
    if (key !== OPEN) throw new Error('a BCSS channel is opened by auditedCall only');
    this.#transport = transport;
    this.#budget = budget;
  }

  post(request: SoapHttpRequest): Promise<HttpAnswer> {
    if (!this.#transport) throw new Error('a BCSS channel used after its audited try');
    // One try, one request, one audit row: a second request would go unrecorded.
    if (this.#posts++ > 0) throw new Error('a BCSS channel carries one request');
    // The call's time budget stops the request whatever signal the service passed (or forgot).
    const signal =
      this.#budget && request.signal
        ? AbortSignal.any([this.#budget, request.signal])
        : (this.#budget ?? request.signal);
    return postSoap(this.#transport, { ...request, ...(signal ? { signal } : {}) });
  }

  close() {
    this.#transport = null;
  }
}

/**
 * Wraps one try: a channel is opened for `call`, the try's outcome is recorded, the channel closed; the answer
 * (or the failure) passes on after.
 */
export function auditedCall<T extends { ticketCBSS: string | null }>(
  record: BcssCallRecorder | undefined,
  event: Omit<BcssCallEvent, 'outcome' | 'ticketCBSS'>,
  transport: TransportConfig,
  call: (channel: BcssChannel) => Promise<T>,
  outcomeOf: (answer: T) => string = () => 'OK',
  /** The call's time budget: aborted with its `time-budget` failure when it runs out. */
  budget?: AbortSignal,
): () => Promise<T> {
  // An answer's own status code and ticket come straight from the server: bounded like a failure's.
  const write = (outcome: string, ticketCBSS: string | null) =>
    record?.({
      ...event,
      outcome: bounded(outcome, 'code'),
      ticketCBSS: boundedOrNull(ticketCBSS, 'ticket'),
    }) ?? Promise.resolve();
  return async () => {
    const channel = new BcssChannel(OPEN, transport, budget);
    let answer: T;
    try {
      answer = await call(channel);
    } catch (error) {
      await write(outcomeOfFailure(error), ticketOfFailure(error));
      throw error;
    } finally {
      channel.close();
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
  if (error instanceof MalformedXml) return `malformed ${error.reason}`;
  return 'error';
}

function ticketOfFailure(error: unknown): string | null {
  if (error instanceof BcssFault || error instanceof BcssStatusError) return error.ticketCBSS;
  return null;
}
