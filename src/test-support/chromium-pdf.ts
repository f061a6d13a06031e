// Test and benchmark only: the HTML report printed to PDF by a system Chromium (or Chrome, Edge) driven by
// playwright-core over CDP, what the app did before PDFKit. The benchmark's peer, and the tests of the HTML's
// print rules. Not in the app: nothing in src/main imports it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { Inquiry } from '../shared/domain/inquiry';
import { reportPdfOptions, type PdfOptions } from './chromium-report-page';
import type { ReportPdfEngine } from '../main/report/pdf-engine';
import { renderReportHtmlFromModel } from '../main/report/report-html';
import type { ReportModel } from '../main/report/report-model';
import { createPdfProfile, type PdfProfile } from './pdf-profile';

const mm = (value: number) => `${value}mm`;

/** playwright-core's page.pdf() options (CDP Page.printToPDF). */
export function toPlaywrightPdfOptions(options: PdfOptions) {
  return {
    format: options.pageSize,
    landscape: options.landscape,
    printBackground: options.printBackground,
    displayHeaderFooter: options.displayHeaderFooter,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    margin: {
      top: mm(options.marginsMm.top),
      right: mm(options.marginsMm.right),
      bottom: mm(options.marginsMm.bottom),
      left: mm(options.marginsMm.left),
    },
    preferCSSPageSize: options.preferCSSPageSize,
    tagged: options.tagged,
    outline: options.outline,
  };
}

export interface PdfRenderer {
  /** The HTML is a complete, self-contained document (no script, no external resource). */
  render(html: string, options: PdfOptions): Promise<Buffer>;
  close(): Promise<void>;
}

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

export class ChromiumNotFound extends Error {
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
 * One browser, launched on first use and reused: a launch costs about a second, a page a few milliseconds. Its
 * profile is a folder of this run's own (pdf-profile.ts), gone when the app stops, even when it is killed
 * (at the next start). Scripts are off and every request refused, since the report is a self-contained
 * document; each report is a fresh page, closed after.
 */
export function createChromiumPdfRenderer(options: ChromiumPdfOptions = {}): PdfRenderer {
  let browser: Promise<BrowserContext> | null = null;
  let profile: PdfProfile | null = null;
  let closed = false;

  function launch(): Promise<BrowserContext> {
    const executablePath = options.executablePath ?? findChromium();
    if (!executablePath) return Promise.reject(new ChromiumNotFound());
    // Chromium refuses to start sandboxed as root on Linux (containers, CI); everywhere else keep the sandbox.
    const rootOnLinux = process.platform === 'linux' && process.getuid?.() === 0;
    profile ??= createPdfProfile();
    const userDataDir = profile.dir;
    // Loaded with the first PDF, not at start: playwright-core alone costs half a second to import.
    const launching = import('playwright-core').then(async ({ chromium }) => {
      const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath,
        headless: true,
        chromiumSandbox: !rootOnLinux,
        args: ['--disable-background-networking', '--disable-component-update'],
        javaScriptEnabled: false,
        offline: true,
      });
      await context.route('**/*', (route) => route.abort());
      return context;
    });
    launching.then(
      (launched) =>
        launched.on('close', () => {
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
      const page = await (await browser).newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf(toPlaywrightPdfOptions(pdfOptions));
      } finally {
        await page.close();
      }
    },
    async close(): Promise<void> {
      closed = true;
      const current = browser;
      browser = null;
      if (current) await (await current.catch(() => null))?.close();
      profile?.remove();
      profile = null;
    },
  };
}

/** The HTML report through a Chromium, as a report engine beside PDFKit's (the benchmark compares them). */
export function chromiumPdfEngine(renderer: PdfRenderer): ReportPdfEngine {
  return {
    render: (inquiry: Inquiry, model: ReportModel) =>
      renderer.render(renderReportHtmlFromModel(inquiry, model), reportPdfOptions(model)),
    close: () => renderer.close(),
  };
}
