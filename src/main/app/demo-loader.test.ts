// An installation without the demo's packages: the loader says so with its own error, and nothing else breaks.
import { describe, expect, it, vi } from 'vitest';
import { DeskFailure } from '../../shared/contract/errors';
import { createDemoLoader } from './demo-loader';

vi.mock('../demo', () => {
  throw new Error("Cannot find package '@faker-js/faker'");
});

describe('demo loader without the demo installed', () => {
  it('refuses the demo endpoint with DEMO_UNAVAILABLE, and warm-up and close stay quiet', async () => {
    const demo = createDemoLoader({ dataDir: '/nonexistent' });
    demo.warmUp();
    const failure = await demo.endpoint().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeskFailure);
    expect((failure as DeskFailure).error).toMatchObject({
      code: 'DEMO_UNAVAILABLE',
      messageKey: 'errors.demoUnavailable',
    });
    await expect(demo.persons()).rejects.toBeInstanceOf(DeskFailure);
    await expect(demo.close()).resolves.toBeUndefined();
  });
});
