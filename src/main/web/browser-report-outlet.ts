// The browser host's report outlet: files go back to the page as bytes to download; prints as a one-use page.
import { type ReportOutlet, downloadDelivery } from '../report';
import type { ReportPages } from './report-pages';

export function createBrowserReportOutlet(pages: ReportPages): ReportOutlet {
  return {
    // A web page cannot be handed a path on the user's disk: its own download does the saving.
    deliver: async (file) => downloadDelivery(file),
    print: async (report) => ({ kind: 'open', path: pages.put(report.data.toString('utf8')) }),
  };
}
