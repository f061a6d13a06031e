// Runs one call of a person service (ManageAccess, IdentifyPerson, ...) through the BCSS gateway, as the inquiry
// runs its own: in the active environment, each try audited, network and server failures retried, failures as
// localized DeskErrors.
import { DeskFailure } from '../../shared/contract/errors';
import {
  createBcssGateway,
  toDeskError,
  type BcssCallEvent,
  type BcssGatewayOptions,
  type BcssLine,
  type CallContext,
} from '../bcss';

export type { CallContext } from '../bcss';

export type BcssCallRunnerOptions = BcssGatewayOptions;

export interface BcssCallRunner {
  run<T extends { ticketCBSS: string | null }>(
    event: Pick<BcssCallEvent, 'service' | 'niss' | 'legalContext'>,
    call: (line: BcssLine, context: CallContext) => Promise<T>,
  ): Promise<T>;
  /** The same, with our ticket of the call beside the answer (for a consultation kept with an inquiry). */
  runTicketed<T extends { ticketCBSS: string | null }>(
    event: Pick<BcssCallEvent, 'service' | 'niss' | 'legalContext'>,
    call: (line: BcssLine, context: CallContext) => Promise<T>,
  ): Promise<{ answer: T; ticket: string; environment: BcssLine['environment'] }>;
}

export function createBcssCallRunner(options: BcssCallRunnerOptions): BcssCallRunner {
  const gateway = createBcssGateway(options);
  async function runTicketed<T extends { ticketCBSS: string | null }>(
    event: Pick<BcssCallEvent, 'service' | 'niss' | 'legalContext'>,
    call: (line: BcssLine, context: CallContext) => Promise<T>,
  ) {
    try {
      const session = await gateway.open();
      const { answer, ticket } = await session.call(event, call);
      return { answer, ticket, environment: session.environment };
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
