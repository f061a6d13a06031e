// Fixtures for the browser-host project: a fresh host process per test, on its own data directory.
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_PKI_DIR } from '../../src/test-support/simulator';
import { Desk } from '../pages/desk';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

export interface HostControl {
  dataDir: string;
  current: RunningHost;
  /** Stops the host and starts a new one on the same data directory (a restart of the app). */
  restart(): Promise<RunningHost>;
}

/** Starts the built browser host of `appDir` (this checkout by default) on `dataDir`. */
export function startHost(
  dataDir: string,
  env: Record<string, string> = {},
  appDir = process.cwd(),
): Promise<RunningHost> {
  const child: ChildProcess = spawn(process.execPath, [join(appDir, 'out/main/web.js')], {
    cwd: appDir,
    // One demo PKI for the whole suite: generating it takes seconds.
    env: {
      ...process.env,
      INQUIRY_DESK_DEMO_PKI_DIR: TEST_PKI_DIR,
      ...env,
      INQUIRY_DESK_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`browser host did not start:\n${output}`)),
      15_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /INQUIRY_DESK_URL=(\S+)/.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      const url = match[1];
      const parsed = new URL(url);
      resolve({
        url,
        origin: parsed.origin,
        token: parsed.hash.replace('#token=', ''),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}):\n${output}`)));
  });
}

export const test = base.extend<{
  host: HostControl;
  desk: Desk;
  hostEnv: Record<string, string>;
}>({
  /** Environment of the host process, e.g. the demo simulator's version or faults for one test. */
  hostEnv: [{}, { option: true }],
  host: async ({ hostEnv }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'inquiry-desk-e2e-'));
    const control: HostControl = {
      dataDir,
      current: await startHost(dataDir, hostEnv),
      async restart() {
        await control.current.stop();
        control.current = await startHost(dataDir, hostEnv);
        return control.current;
      },
    };
    await use(control);
    await control.current.stop();
    rmSync(dataDir, { recursive: true, force: true });
  },
  /** The app loaded and ready, driven through its screens' page objects. */
  desk: async ({ page, host }, use) => {
    const desk = new Desk(page);
    await desk.open(host.current.url);
    await use(desk);
  },
});

export { expect } from '@playwright/test';
