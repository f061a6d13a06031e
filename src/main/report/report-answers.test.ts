// The answers in the report: the findings section after the summary, the situation on a date, the findings in
// the JSON archive (and archives made before them still read).
import { describe, expect, it } from 'vitest';
import { formItem, statusItem } from '../../test-support/findings-fixtures';
import { inquiry } from '../../test-support/builders';
import { context } from '../../test-support/report-context';
import { renderReportHtml } from './report-html';
import { readInquiryJson, renderInquiryJson } from './report-json';

const risToAsylumSeeker = inquiry(
  [formItem('RIS', 'B', '2024-03-01', null), statusItem('ASYLUM_SEEKER', '2024-02-12', null)],
  {
    request: { period: { from: '2024-01-01', to: '2025-03-15' } },
    consultedAt: '2025-05-12T10:00:00.000Z',
  },
);
const clean = inquiry([statusItem('BELGIAN', '1987-04-12', null)]);

describe('the report’s answers', () => {
  it('prints the findings in their own section after the summary, then the situation', () => {
    const html = renderReportHtml(risToAsylumSeeker, context());
    const summary = html.indexOf('class="summary"');
    const findings = html.indexOf('id="findings"');
    const situation = html.indexOf('id="situation"');
    expect(summary).toBeGreaterThan(0);
    expect(findings).toBeGreaterThan(summary);
    expect(situation).toBeGreaterThan(findings);
    expect(html).toContain('Bloquant');
    expect(html).toContain('Loi du 26/05/2002, art. 3, 3°');
    expect(html).toContain('Situation au 15/03/2025');
    expect(html).toMatch(/RIS · CPAS de Liège · Bénéficiaire principal · depuis le 01\/03\/2024/);
  });

  it('says "no finding" for a clean person', () => {
    const html = renderReportHtml(clean, context({ language: 'nl' }));
    expect(html).toContain('Geen vaststelling');
  });

  it('keeps the findings in the JSON archive, and reads archives without them', () => {
    const json = renderInquiryJson(
      risToAsylumSeeker,
      { cpasName: 'x', cbe: 'y', investigator: 'z' },
      new Date(),
    );
    const archive = readInquiryJson(json);
    expect(archive.findings?.map((f) => f.message)).toContain('statusWithoutRight');
    expect(archive.inquiry).toEqual(risToAsylumSeeker);
    const old = JSON.parse(json) as Record<string, unknown>;
    delete old.findings;
    expect(readInquiryJson(JSON.stringify(old)).inquiry).toEqual(risToAsylumSeeker);
  });
});
