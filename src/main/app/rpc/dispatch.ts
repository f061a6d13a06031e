// Runs one contract call for either host: validates the input, calls the handler, returns data or a typed error.
import { isDeskMethod, deskContract, type DeskHandlers } from '../../../shared/contract/contract';
import { DeskFailure, fail, ok, type DeskResult } from '../../../shared/contract/errors';

export type Logger = Pick<Console, 'error' | 'warn' | 'info'>;

export async function dispatch(
  handlers: DeskHandlers,
  method: string,
  rawInput: unknown,
  logger: Logger = console,
): Promise<DeskResult<unknown>> {
  if (!isDeskMethod(method)) {
    return fail({
      code: 'UNKNOWN_METHOD',
      messageKey: 'errors.unknownMethod',
      details: { method },
    });
  }
  const parsed = deskContract[method].input.safeParse(rawInput);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail({
      code: 'INVALID_INPUT',
      messageKey: 'errors.invalidInput',
      details: { method, path: issue?.path.join('.') ?? '', issue: issue?.code ?? '' },
    });
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof DeskFailure) return fail(error.error);
    // Unexpected: keep the detail in the main-process log, give the renderer a stable code only.
    logger.error(`[desk] ${method} failed`, error);
    return fail({ code: 'INTERNAL', messageKey: 'errors.internal', details: { method } });
  }
}
