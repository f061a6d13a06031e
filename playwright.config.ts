// End-to-end tests: the browser host in Chromium (always), and the Electron host where a binary exists.
import { defineConfig } from '@playwright/test';
import { findChromium } from './e2e/support/chromium.mjs';

const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/e2e',
  // Each test starts its own host (and simulator); on a loaded 2-core CI machine that takes seconds.
  timeout: 60_000,
  globalSetup: './e2e/support/global-setup.ts',
  // A fresh host answers its first inquiry after loading the demo and starting its simulator and reader
  // workers: seconds on a loaded 2-core machine. Speed is measured in bench/, not here.
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'browser-host',
      testMatch: 'browser-host/**/*.spec.ts',
      use: {
        browserName: 'chromium',
        locale: 'fr-BE',
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-gpu',
          ],
        },
      },
    },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
    // electron-builder --dir against a stand-in Electron, then the ASAR is read (offline).
    { name: 'packaging', testMatch: 'packaging/**/*.spec.ts' },
  ],
});
