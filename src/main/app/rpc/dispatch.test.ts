import { describe, expect, it, vi } from 'vitest';
import type { DeskHandlers } from '../../../shared/contract/contract';
import { DeskFailure } from '../../../shared/contract/errors';
import { DEFAULT_PREFERENCES } from '../../../shared/domain/preferences';
import { testHandlers } from '../../../test-support/handlers';
import { dispatch } from './dispatch';

const quiet = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };

const handlers = (overrides: Partial<DeskHandlers> = {}) => testHandlers(overrides);

describe('dispatch', () => {
  it('returns the handler result as data', async () => {
    expect(await dispatch(handlers(), 'getPreferences', undefined, quiet)).toEqual({
      ok: true,
      value: DEFAULT_PREFERENCES,
    });
  });

  it('refuses an unknown method, including inherited object keys', async () => {
    for (const method of ['deleteEverything', 'constructor', '__proto__', 'toString']) {
      expect(await dispatch(handlers(), method, undefined, quiet)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_METHOD', messageKey: 'errors.unknownMethod', details: { method } },
      });
    }
  });

  it('validates the input with the contract schema before calling', async () => {
    const update = vi.fn();
    const result = await dispatch(
      handlers({ updatePreferences: update }),
      'updatePreferences',
      { language: 'en' },
      quiet,
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { path: 'language' } },
    });
    expect(update).not.toHaveBeenCalled();
    const extra = await dispatch(
      handlers(),
      'updatePreferences',
      { language: 'nl', admin: true },
      quiet,
    );
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unexpected = await dispatch(handlers(), 'getAppInfo', { any: 1 }, quiet);
    expect(unexpected).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('returns expected failures as typed errors, and hides unexpected ones behind INTERNAL', async () => {
    const expected = handlers({
      getPreferences: () => {
        throw new DeskFailure({ code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' });
      },
    });
    expect(await dispatch(expected, 'getPreferences', undefined, quiet)).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' },
    });
    const logger = { ...quiet, error: vi.fn() };
    const crashing = handlers({
      getPreferences: () => {
        throw new Error('disk on fire at /home/secret/path');
      },
    });
    const result = await dispatch(crashing, 'getPreferences', undefined, logger);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        messageKey: 'errors.internal',
        details: { method: 'getPreferences' },
      },
    });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(logger.error).toHaveBeenCalled();
  });
});
