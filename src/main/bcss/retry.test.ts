// A server fault or gateway error is worth another try only while it is the size of a real one.
import { describe, expect, it } from 'vitest';
import { BcssFault, BcssHttpError } from './failures';
import { isRetryable, MAX_RETRIED_FAULT_LENGTH } from './retry';

const serverFault = (answerLength: number) =>
  new BcssFault('soapenv:Server', 'Internal error', [], 500, null, answerLength);

describe('what is retried', () => {
  it('a Server fault or a 503 of a real size is retried', () => {
    expect(isRetryable(serverFault(750))).toBe(true);
    expect(isRetryable(new BcssHttpError(503, 120))).toBe(true);
  });

  it('one bigger than a few KB is not: asking again would only read it again', () => {
    expect(isRetryable(serverFault(MAX_RETRIED_FAULT_LENGTH + 1))).toBe(false);
    expect(isRetryable(new BcssHttpError(503, 15 * 1024 * 1024))).toBe(false);
  });

  it('a Client fault is never retried, whatever its size', () => {
    expect(isRetryable(new BcssFault('soapenv:Client', 'x', [], 500, null, 200))).toBe(false);
  });
});
