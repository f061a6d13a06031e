// A partial answer in the report: each section the BCSS did not give is marked "not available — the BCSS did
// not answer; retry", in the report's language, on the first page, in its lane's table and drawing, and in
// the CSV; never counted as an empty lane.
import { describe, expect, it } from 'vitest';
import { inquiry, item, missingSection } from '../../test-support/builders';
import { readCsv } from '../../test-support/files/csv-read';
import { context } from '../../test-support/report-context';
import { renderReportCsv } from './report-csv';
import { renderReportHtml } from './report-html';
import { buildReportModel } from './report-model';

const partial = inquiry(
  [
    item({ lane: 'residence', subLane: 'municipality', begin: '2019-07', end: null }),
    item({ lane: 'art35', begin: '2022-01', end: '2022-12' }),
  ],
  {
    answerVersion: 1,
    missing: [
      missingSection('PRIME_INSTALLATION', {
        code: 'TRANSPORT',
        messageKey: 'inquiry.error.transport.timeout',
        details: { kind: 'timeout' },
      }),
      missingSection('GPMI_PIIS'),
    ],
  },
);

const NOTICE = {
  fr: 'PIIS : non disponible — la BCSS n’a pas répondu ; réessayez cette section dans l’application',
  nl: 'GPMI: niet beschikbaar — de KSZ heeft niet geantwoord; vraag deze rubriek opnieuw in de toepassing',
  de: 'IPSE: nicht verfügbar — die ZDSS hat nicht geantwortet; diese Rubrik in der Anwendung erneut abfragen',
};

/** The report without its style sheet. */
const body = (html: string) => html.slice(html.indexOf('</style>'));
const text = (html: string) =>
  body(html)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the report of a partial answer', () => {
  it('its model marks the missing lanes, in lane order, with their reason', () => {
    const model = buildReportModel(partial, context());
    expect(model.missingSections.map((m) => [m.number, m.lane, m.requestType])).toEqual([
      [5, 'piis', 'GPMI_PIIS'],
      [8, 'installationPremium', 'PRIME_INSTALLATION'],
    ]);
    expect(model.lanes.find((l) => l.id === 'art35')?.missing).toBeNull();
    expect(model.missingSections[0]).toMatchObject({
      notice: NOTICE.fr,
      reason: expect.stringMatching(
        /^Cause : La BCSS ou le service SPP IS est momentanément indisponible\./,
      ),
    });
    expect(model.missingSections[1]!.reason).toMatch(/^Cause : .*/);
  });

  for (const language of ['fr', 'nl', 'de'] as const) {
    it(`says so on the first page, in the lane's table and in the drawing (${language})`, () => {
      const html = renderReportHtml(partial, context({ language }));
      const words = text(html);
      // First page: incomplete, and each missing section with why.
      const cover = words.slice(0, words.indexOf(NOTICE[language]) + NOTICE[language].length);
      expect(cover).toContain(NOTICE[language]);
      // The lane's own table: marked missing, not "nothing in this period", and no "0 periods".
      const table = /<table class="lane lane-missing" data-missing="GPMI_PIIS">.*?<\/table>/.exec(
        html,
      )?.[0];
      expect(table).toBeDefined();
      const model = buildReportModel(partial, context({ language }));
      const piis = model.lanes.find((l) => l.id === 'piis')!;
      expect(table).toContain(piis.missing!.text);
      expect(table).not.toContain(model.t('result.empty'));
      expect(table).not.toContain(model.t('result.lanes.count', { count: 0 }));
      // The drawing: hatched and said in words.
      const svg = /<svg[^>]*class="timeline".*?<\/svg>/s.exec(html)?.[0] ?? '';
      expect(svg).toContain('url(#missing-hatch)');
      expect(svg).toContain(piis.missing!.text.slice(0, 20));
    });
  }

  it('a complete inquiry has no such mark', () => {
    const html = renderReportHtml({ ...partial, missing: undefined }, context());
    expect(body(html)).not.toContain('lane-missing');
    expect(body(html)).not.toContain('missing-hatch)');
    expect(text(html)).not.toContain('non disponible');
  });

  it('the CSV has a line in each missing lane’s place, saying so', () => {
    const [, ...rows] = readCsv(renderReportCsv(partial, context()).slice(1));
    const marked = rows.filter((row) => row[6]?.includes('non disponible'));
    expect(marked.map((row) => row.slice(0, 7))).toEqual([
      ['5', 'PIIS', '', '', '', 'GPMI_PIIS', NOTICE.fr],
      [
        '8',
        'Primes d’installation',
        '',
        '',
        '',
        'PRIME_INSTALLATION',
        'Primes d’installation : non disponible — la BCSS n’a pas répondu ; réessayez cette section dans l’application',
      ],
    ]);
    expect(marked[0]![8]).toMatch(/^Cause : /);
    // In lane order: after art. 35's period (lane 6) comes the premiums' line (lane 8).
    expect(rows.map((row) => row[0])).toEqual(['1.1', '5', '6.1', '8']);
    const nl = readCsv(renderReportCsv(partial, context({ language: 'nl' })).slice(1));
    expect(nl.some((row) => row[6] === NOTICE.nl)).toBe(true);
  });
});
