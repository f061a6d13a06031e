// Runs one call of a person service (ManageAccess, IdentifyPerson, ...) the way the inquiry runs its own: in the
// active environment, each try audited, network and server failures retried, failures as localized DeskErrors.
import { randomUUID } from 'node:crypto';
import { DeskFailure } from '../../shared/contract/errors';
import {
  auditedCall,
  type BcssCallEvent,
  type BcssCallRecorder,
  toDeskError,
  withRetries,
} from '../bcss';
import type { BcssEndpoint } from '../inquiry';

export interface CallContext {
  /** Our reference of the call (a UUID), the same for every try. */
  ticket: string;
  sentAt: Date;
  signal?: AbortSignal;
}

export interface BcssCallRunnerOptions {
  endpoint: () => Promise<BcssEndpoint>;
  onBcssCall?: BcssCallRecorder;
  /** Rejects when the audit log cannot take entries: then no call is made at all. */
  auditReady?: () => Promise<void>;
  retry?: { attempts: number; baseDelayMs: number };
  now?: () => Date;
}

export interface BcssCallRunner {
  run<T extends { ticketCBSS: string | null }>(
    event: Pick<BcssCallEvent, 'service' | 'niss' | 'legalContext'>,
    call: (endpoint: BcssEndpoint, context: CallContext) => Promise<T>,
  ): Promise<T>;
  /** The same, with our ticket of the call beside the answer (for a consultation kept with an inquiry). */
  runTicketed<T extends { ticketCBSS: string | null }>(
    event: Pick<BcssCallEvent, 'service' | 'niss' | 'legalContext'>,
    call: (endpoint: BcssEndpoint, context: CallContext) => Promise<T>,
  ): Promise<{ answer: T; ticket: string; environment: BcssEndpoint['environment'] }>;
}

export function createBcssCallRunner(options: BcssCallRunnerOptions): BcssCallRunner {
  const retry = options.retry ?? { attempts: 3, baseDelayMs: 400 };
  const now = options.now ?? (() => new Date());
  async function runTicketed<T extends { ticketCBSS: string | null }>(
    event: Pick<BcssCallEvent, 'service' | 'niss' | 'legalContext'>,
    call: (endpoint: BcssEndpoint, context: CallContext) => Promise<T>,
  ) {
    try {
      await options.auditReady?.();
      const endpoint = await options.endpoint();
      const ticket = randomUUID();
      const answer = await withRetries(
        auditedCall(options.onBcssCall, { ...event, environment: endpoint.environment }, () =>
          call(endpoint, { ticket, sentAt: now() }),
        ),
        retry,
      );
      return { answer, ticket, environment: endpoint.environment };
    } catch (error) {
      if (error instanceof DeskFailure) throw error;
      const deskError = toDeskError(error);
      if (deskError) throw new DeskFailure(deskError);
      throw error;
    }
  }
  return {
    runTicketed,
    run: async (event, call) => (await runTicketed(event, call)).answer,
  };
}
