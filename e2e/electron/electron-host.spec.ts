// The Electron host, driven with _electron.launch where an Electron binary exists.
import { _electron as electron, expect, test } from '@playwright/test';
import { DESK_METHODS } from '../../src/shared/contract/contract';
import { Desk } from '../pages/desk';
import { existsSync, mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY);

if (!binary)
  console.log(
    '[electron] skipped: no Electron binary on this machine (its download is not reachable).',
  );
else if (!hasDisplay) console.log('[electron] skipped: no display for an Electron window.');

test.skip(
  !binary,
  'No Electron binary on this machine (its download is not reachable): Electron project skipped.',
);
test.skip(!hasDisplay, 'No display for an Electron window: Electron project skipped.');

test('the desktop app opens the start screen with window.desk and nothing else', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'inquiry-desk-electron-'));
  const app = await electron.launch({ args: ['.', `--user-data-dir=${userData}`] });
  const window = await app.firstWindow();
  const desk = new Desk(window);
  await expect(desk.start.niss).toBeVisible();
  const exposed = await window.evaluate(() => ({
    desk: Object.keys((window as unknown as { desk: object }).desk).sort(),
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
  }));
  expect(exposed.desk).toEqual([...DESK_METHODS].sort());
  expect(exposed.require).toBe('undefined');
  expect(exposed.process).toBe('undefined');
  await expect(desk.environmentBanner).toContainText('Application de bureau');
  await app.close();
});
