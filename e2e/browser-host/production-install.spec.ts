// The built app runs on its production dependencies alone (npm ci --omit=dev), as an installer would ship it:
// the browser host starts in the production environment, serves its page and answers; the demo, whose
// packages are development ones, is refused with its own message instead of breaking the start.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from '../support/browser-host';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let appDir: string;

test.beforeAll(() => {
  appDir = mkdtempSync(join(tmpdir(), 'inquiry-desk-production-'));
  for (const path of ['out', 'resources', 'package.json', 'package-lock.json', '.npmrc'])
    cpSync(path, join(appDir, path), { recursive: true });
  // The packages come from npm's cache where the suite's own install left them; the registry otherwise.
  execFileSync(
    NPM,
    ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'],
    { cwd: appDir, stdio: 'pipe', timeout: 240_000 },
  );
});

test.afterAll(() => rmSync(appDir, { recursive: true, force: true }));

async function call(host: RunningHost, method: string, input?: unknown) {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-desk-token': host.token },
    body: JSON.stringify({ input }),
  });
  return (await response.json()) as { ok: boolean; value?: unknown; error?: { code: string } };
}

test('starts on production dependencies alone, in production, and refuses the demo clearly', async () => {
  test.setTimeout(300_000);
  const dataDir = join(appDir, 'data');
  mkdirSync(dataDir);
  // A CPAS's installation set to the production environment (the preferences file of the browser host).
  writeFileSync(
    join(dataDir, 'preferences.json'),
    JSON.stringify({ activeEnvironment: 'production' }),
  );
  const host = await startHost(dataDir, {}, appDir);
  try {
    const page = await fetch(host.origin + '/');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');

    const info = await call(host, 'getAppInfo');
    expect(info).toMatchObject({ ok: true, value: { environment: 'production', host: 'browser' } });
    expect(await call(host, 'listDemoPersons')).toEqual({ ok: true, value: [] });

    // Switching to the demo is allowed; using it says that this installation has none.
    expect((await call(host, 'selectEnvironment', { name: 'demo' })).ok).toBe(true);
    const inquiry = await call(host, 'runInquiry', {
      requestId: randomUUID(),
      niss: '85073003328',
      period: { from: '2025-01-01', to: '2025-12-31' },
    });
    expect(inquiry).toMatchObject({ ok: false, error: { code: 'DEMO_UNAVAILABLE' } });
  } finally {
    await host.stop();
  }
});
