// The browser host's print pages: a report document served once, at an unguessable address, shortly after it is made.
import { randomBytes } from 'node:crypto';
import { REPORT_DOCUMENT_CSP } from '../report';

export const REPORT_PAGE_PREFIX = '/report-print/';

/** The report document's own policy: the app's page that opened it calls print() on it. */
export const REPORT_PAGE_CSP = REPORT_DOCUMENT_CSP;

export interface ReportPages {
  /** Keeps the HTML for one GET within `ttlMs`; returns the path to open. */
  put(html: string): string;
  /** The HTML for `path`, once: a second request, or a late one, gets null. */
  take(path: string): string | null;
}

export function createReportPages(
  options: { ttlMs?: number; now?: () => number } = {},
): ReportPages {
  const ttlMs = options.ttlMs ?? 60_000;
  const now = options.now ?? Date.now;
  const pages = new Map<string, { html: string; expires: number }>();

  // A page nobody opened (pop-up blocked) must not keep a person's data in memory.
  function forgetExpired() {
    const at = now();
    for (const [id, page] of pages) if (page.expires <= at) pages.delete(id);
  }

  return {
    put(html) {
      forgetExpired();
      const id = randomBytes(24).toString('base64url');
      pages.set(id, { html, expires: now() + ttlMs });
      return `${REPORT_PAGE_PREFIX}${id}`;
    },
    take(path) {
      forgetExpired();
      if (!path.startsWith(REPORT_PAGE_PREFIX)) return null;
      const id = path.slice(REPORT_PAGE_PREFIX.length);
      const page = pages.get(id);
      if (!page) return null;
      pages.delete(id);
      return page.html;
    },
  };
}
