// The browser host's PdfRenderer: a system Chromium (or Chrome, Edge) driven by playwright-core over CDP.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  PdfEngineMissing,
  toPlaywrightPdfOptions,
  type PdfOptions,
  type PdfRenderer,
} from './pdf-port';

/** Where a Chromium-family browser usually is, per OS; CHROMIUM_PATH first. */
export function chromiumCandidates(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string[] {
  const fromEnv = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    return [
      ...fromEnv,
      ...roots.map((root) => join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((root) => join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  }
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
  ];
}

export function findChromium(): string | null {
  return chromiumCandidates().find((path) => existsSync(path)) ?? null;
}

export class ChromiumNotFound extends PdfEngineMissing {
  constructor() {
    super('No Chromium, Chrome or Edge found for printing the report: set CHROMIUM_PATH.');
    this.name = 'ChromiumNotFound';
  }
}

export interface ChromiumPdfOptions {
  /** Default: findChromium(). */
  executablePath?: string;
}

/**
 * One browser, launched on first use and reused: a launch costs about a second, a page a few
 * milliseconds. Each report gets a fresh context (no shared storage), with scripts off and every
 * request refused, since the report is a self-contained document.
 */
export function createChromiumPdfRenderer(options: ChromiumPdfOptions = {}): PdfRenderer {
  let browser: Promise<Browser> | null = null;
  let closed = false;

  function launch(): Promise<Browser> {
    const executablePath = options.executablePath ?? findChromium();
    if (!executablePath) return Promise.reject(new ChromiumNotFound());
    // Chromium refuses to start sandboxed as root on Linux (containers, CI); everywhere else keep the sandbox.
    const rootOnLinux = process.platform === 'linux' && process.getuid?.() === 0;
    // Loaded with the first PDF, not at start: playwright-core alone costs half a second to import.
    const launching = import('playwright-core').then(({ chromium }) =>
      chromium.launch({
        executablePath,
        headless: true,
        chromiumSandbox: !rootOnLinux,
        args: ['--disable-background-networking', '--disable-component-update'],
      }),
    );
    launching.then(
      (launched) =>
        launched.on('disconnected', () => {
          // A crashed or killed browser is relaunched by the next render.
          if (browser === launching) browser = null;
        }),
      () => {
        if (browser === launching) browser = null;
      },
    );
    return launching;
  }

  return {
    async render(html: string, pdfOptions: PdfOptions): Promise<Buffer> {
      if (closed) throw new Error('The PDF renderer is closed.');
      browser ??= launch();
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true });
      try {
        await context.route('**/*', (route) => route.abort());
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf(toPlaywrightPdfOptions(pdfOptions));
      } finally {
        await context.close();
      }
    },
    async close(): Promise<void> {
      closed = true;
      const current = browser;
      browser = null;
      if (current) await (await current.catch(() => null))?.close();
    },
  };
}
