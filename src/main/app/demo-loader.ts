// Loads the demo environment (the BCSS simulator, and the packages only it needs) the first time it is used,
// never in a session that does not use it; an installation without it says so instead of failing to start.
import type { DemoPerson } from '../../shared/contract/contract';
import { DeskFailure } from '../../shared/contract/errors';
import type { DemoEnvironment, DemoEnvironmentOptions } from '../demo';
import type { BcssEndpoint } from '../inquiry';
import type { DemoListServer } from '../lists';

export interface DemoLoader {
  endpoint(): Promise<BcssEndpoint>;
  persons(): Promise<DemoPerson[]>;
  /** The simulator's Nova+ list server, started on first use. */
  listServer(): Promise<DemoListServer>;
  /** Loads and starts the simulator in the background, so the first inquiry does not wait for it. */
  warmUp(): void;
  close(): Promise<void>;
}

export function createDemoLoader(options: DemoEnvironmentOptions): DemoLoader {
  let loading: Promise<{ environment: DemoEnvironment; persons: () => DemoPerson[] }> | null = null;
  const load = () =>
    (loading ??= import('../demo').then(
      (demo) => ({
        environment: demo.createDemoEnvironment(options),
        persons: demo.listDemoPersons,
      }),
      (error: unknown) => {
        // A production install (npm ci --omit=dev) lacks the simulator's packages.
        throw new DeskFailure({
          code: 'DEMO_UNAVAILABLE',
          messageKey: 'errors.demoUnavailable',
          details: { reason: error instanceof Error ? error.message : String(error) },
        });
      },
    ));
  return {
    endpoint: async () => (await load()).environment.endpoint(),
    persons: async () => (await load()).persons(),
    listServer: async () => (await load()).environment.listServer(),
    warmUp: () =>
      void load()
        .then((demo) => demo.environment.warmUp())
        .catch(() => {}),
    async close() {
      const demo = await loading?.catch(() => null);
      await demo?.environment.close();
    },
  };
}
