// The answers in the report: the findings section after the summary, the situation on a date, the findings in
// the JSON archive (and archives made before them still read).
import { describe, expect, it } from 'vitest';
import {
  BRUXELLES,
  formItem,
  municipalityItem,
  statusItem,
} from '../../test-support/findings-fixtures';
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

  it('prints the situation on the day chosen on the screen, not the default day', () => {
    const moved = inquiry(
      [
        municipalityItem('Bruxelles', '2015-03-01', '2024-08-31'),
        municipalityItem('Liège', '2024-09-01', null),
        formItem('RIS', 'B', '2023-01-01', '2024-08-31', { cpas: BRUXELLES }),
        formItem('RIS', 'B', '2024-09-01', null),
      ],
      { request: { period: { from: '2023-01-01', to: '2025-03-15' } } },
    );
    const chosen = renderReportHtml(moved, context({ situationDate: '2024-02-10' }));
    expect(chosen).toContain('Situation au 10/02/2024');
    expect(chosen).not.toContain('Situation au 15/03/2025');
    const situation = chosen.slice(
      chosen.indexOf('id="situation"'),
      chosen.indexOf('</section>', chosen.indexOf('id="situation"')),
    );
    expect(situation).toContain('CPAS de Bruxelles');
    expect(situation).not.toContain('CPAS de Liège');
    expect(renderReportHtml(moved, context())).toContain('Situation au 15/03/2025');
  });

  it('prints the changes since an earlier inquiry only when asked, in the report’s language', () => {
    const decision = () =>
      formItem('RIS', 'B', '2022-01-01', null, {
        cpas: BRUXELLES,
        details: [{ key: 'reference', kind: 'text', text: '21004/RIS/2022/1' }],
      });
    const earlier = inquiry([decision()], {
      id: 'earlier',
      consultedAt: '2025-01-10T09:00:00.000Z',
    });
    const later = inquiry(
      [
        decision(),
        formItem('RIS', 'C', '2025-03-01', '2025-03-01', {
          cpas: BRUXELLES,
          details: [{ key: 'reference', kind: 'text', text: '21004/RIS/2025/9' }],
        }),
      ],
      { id: 'later' },
    );
    expect(renderReportHtml(later, context())).not.toContain('id="comparison"');
    const fr = renderReportHtml(later, context({ earlier }));
    expect(fr).toContain('Changements depuis le 10/01/2025');
    const section = fr.slice(fr.indexOf('id="comparison"'));
    expect(section).toContain('Terminée');
    expect(section).toContain('Ajoutée');
    expect(section).toMatch(/01\/01\/2022 – 28\/02\/2025/);
    // The stop added is a day, not a period.
    expect(section).toContain('<td>01/03/2025</td>');
    expect(section).not.toContain('01/03/2025 – 01/03/2025');
    const nl = renderReportHtml(later, context({ earlier, language: 'nl' }));
    expect(nl).toContain('Wijzigingen sinds 10/01/2025');
    expect(nl).toContain('Beëindigd');
    const same = renderReportHtml(earlier, context({ earlier, language: 'de' }));
    expect(same).toContain('Seit dieser Untersuchung hat sich nichts geändert.');
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
