// The one way the app calls the BCSS: a session in the active environment (opened only when the audit log can
// take entries), in which each call is retried on network and server failures and each try is audited
// (audited-call.ts). Services build their requests on the line a try hands them; they never hold the transport.
import { randomUUID } from 'node:crypto';
import type { EnvironmentName } from '../../shared/contract/contract';
import type { ServiceUrls } from '../../shared/contract/settings';
import {
  auditedCall,
  type BcssCallEvent,
  type BcssCallRecorder,
  type BcssChannel,
} from './audited-call';
import { withRetries } from './retry';
import type { TransportConfig } from './transport';

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
  now?: () => Date;
}

export interface CallOptions<T> {
  signal?: AbortSignal;
  onRetry?: (attempt: number) => void;
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
          const answer = await withRetries(
            auditedCall(
              options.onBcssCall,
              { ...event, environment: endpoint.environment },
              transport,
              (channel) =>
                send(
                  { ...endpoint, channel },
                  { ticket, sentAt: now(), signal: callOptions.signal },
                ),
              callOptions.outcomeOf,
            ),
            { ...retry, signal: callOptions.signal, onRetry: callOptions.onRetry },
          );
          return { answer, ticket };
        },
      };
    },
  };
}
