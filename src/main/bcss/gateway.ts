// The one way the app calls the BCSS: a session in the active environment (opened only when the audit log can
// take entries), in which each call is retried on network and server failures and each try is audited
// (audited-call.ts). Services build their requests on the line a try hands them; they never hold the transport.
import { randomUUID } from 'node:crypto';
import type { EnvironmentName } from '../../shared/contract/contract';
import { TIME_LIMITS, type ServiceUrls } from '../../shared/contract/settings';
import {
  auditedCall,
  type BcssCallEvent,
  type BcssCallRecorder,
  type BcssChannel,
} from './audited-call';
import { withRetries } from './retry';
import { TransportFailure, type TransportConfig } from './transport';

/**
 * What one call may take, every try and wait included (README "Time"): a desk user waits with the person in
 * front of them; the BCSS answers 90 % of calls within 1 s, so a try that lasts 20 s is already a failure
 * worth one more try, not three.
 */
export const CALL_BUDGET_MS = TIME_LIMITS.callBudgetMs;

/** Where and as whom the calls go, for one environment. */
export interface BcssEndpoint {
  environment: EnvironmentName;
  /** Where each service is called: full URLs, resolved from the environment's settings. */
  serviceUrls: ServiceUrls;
  transport: TransportConfig;
  /** The CPAS's CBE number, sent as customerIdentification. */
  cbe: string;
  /** The investigator, for the services that name the user (SSDN's AuthorizedUser). */
  user: { ssin: string; email: string };
  /** Only tests set these (e.g. the simulator's fault header). */
  headers?: Record<string, string>;
}

/** What one try sends on: the endpoint, its transport replaced by the try's audited channel. */
export interface BcssLine extends Omit<BcssEndpoint, 'transport'> {
  channel: BcssChannel;
}

export interface CallContext {
  /** Our reference of the call (a UUID), the same for every try. */
  ticket: string;
  sentAt: Date;
  signal?: AbortSignal;
}

export interface BcssGatewayOptions {
  endpoint: () => Promise<BcssEndpoint>;
  /** Called after every try; a call whose try cannot be recorded fails. */
  onBcssCall?: BcssCallRecorder;
  /** Rejects when the audit log cannot take entries: then no session opens, no call is made. */
  auditReady?: () => Promise<void>;
  retry?: { attempts: number; baseDelayMs: number };
  /** Each call's time budget (CALL_BUDGET_MS unless a test says otherwise). */
  budgetMs?: number;
  now?: () => Date;
}

export interface CallOptions<T> {
  signal?: AbortSignal;
  onRetry?: (attempt: number) => void;
  /** Told when the call starts: the moment (ms since the epoch) its budget runs out, and the budget. */
  onDeadline?: (deadline: number, budgetMs: number) => void;
  /** The audit outcome of an answer (default 'OK'). */
  outcomeOf?: (answer: T) => string;
}

export interface BcssSession {
  readonly environment: EnvironmentName;
  readonly cbe: string;
  call<T extends { ticketCBSS: string | null }>(
    event: Pick<BcssCallEvent, 'service' | 'niss' | 'legalContext'>,
    send: (line: BcssLine, context: CallContext) => Promise<T>,
    options?: CallOptions<T>,
  ): Promise<{ answer: T; ticket: string }>;
}

export interface BcssGateway {
  open(): Promise<BcssSession>;
}

export function createBcssGateway(options: BcssGatewayOptions): BcssGateway {
  const retry = options.retry ?? { attempts: 3, baseDelayMs: 400 };
  const budgetMs = options.budgetMs ?? CALL_BUDGET_MS;
  const now = options.now ?? (() => new Date());
  return {
    async open() {
      await options.auditReady?.();
      const { transport, ...endpoint } = await options.endpoint();
      return {
        environment: endpoint.environment,
        cbe: endpoint.cbe,
        async call(event, send, callOptions = {}) {
          const ticket = randomUUID();
          // The budget stops the try under way (its request aborted) and any wait for the next one.
          const budget = new AbortController();
          const timer = setTimeout(
            () =>
              budget.abort(
                new TransportFailure(
                  'time-budget',
                  `no answer within the call's ${budgetMs} ms, tries included`,
                  null,
                  budgetMs,
                ),
              ),
            budgetMs,
          );
          callOptions.onDeadline?.(Date.now() + budgetMs, budgetMs);
          const signal = callOptions.signal
            ? AbortSignal.any([budget.signal, callOptions.signal])
            : budget.signal;
          try {
            const answer = await withRetries(
              auditedCall(
                options.onBcssCall,
                { ...event, environment: endpoint.environment },
                transport,
                (channel) => send({ ...endpoint, channel }, { ticket, sentAt: now(), signal }),
                callOptions.outcomeOf,
                budget.signal,
              ),
              { ...retry, signal, onRetry: callOptions.onRetry },
            );
            return { answer, ticket };
          } finally {
            clearTimeout(timer);
          }
        },
      };
    },
  };
}
