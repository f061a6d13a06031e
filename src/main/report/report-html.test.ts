import { describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n';
import { headerHeightMm } from './page-layout';
import {
  footerTemplate,
  headerTemplate,
  reportPdfOptions,
} from '../../test-support/chromium-report-page';
import { toPlaywrightPdfOptions } from '../../test-support/chromium-pdf';
import { renderReportHtml } from './report-html';
import { buildReportModel } from './report-model';
import { inquiry, item } from '../../test-support/builders';
import { context, HOSTILE } from '../../test-support/report-context';

/** The report without its style sheet: what the tests look for is content. */
const body = (html: string) => html.slice(html.indexOf('</style>'));

describe('renderReportHtml', () => {
  const typical = inquiry([
    item({
      lane: 'residence',
      subLane: 'municipality',
      begin: '2019-07',
      end: null,
      code: '62063',
    }),
    item({
      lane: 'forms',
      subLane: 'RIS',
      begin: '2021-02-01',
      end: '2021-12-31',
      code: 'B',
      markers: { blocked: true, fraud: true, role: 'PARTNER', parentProcedure: false },
      label: { fr: 'Formulaire B', nl: 'Formulier B', de: 'Formular B' },
      details: [
        { key: 'formType', kind: 'text', text: 'B' },
        { key: 'blocked', kind: 'flag', value: true },
        { key: 'reference', kind: 'text', text: '62063/RIS/2021/00042' },
        {
          key: 'declaredPeriod',
          kind: 'period',
          begin: { value: '2021-02-01', precision: 'day' },
          end: null,
        },
      ],
    }),
    item({ lane: 'status', begin: '2018', end: '2020', code: 'REFUGEE' }),
  ]);

  it('is one document with the print rules: rows never split, headers repeat on every page', () => {
    const html = renderReportHtml(typical, context());
    expect(html.startsWith('<!DOCTYPE html><html lang="fr">')).toBe(true);
    expect(html).toContain('tr { break-inside: avoid; }');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('@page { size: A4 landscape; }');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<link|<img|src=/i);
  });

  it('has the person, the period, the tickets, a timeline and one table per lane, in the UI language', () => {
    for (const language of ['fr', 'nl', 'de'] as const) {
      const html = body(renderReportHtml(typical, context({ language })));
      const t = catalogues[language].result;
      expect(html).toContain('85.07.30-033.28');
      expect(html).toContain('01/01/2020 – 31/12/2024');
      expect(html).toContain('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
      expect(html).toContain('<svg');
      for (const lane of Object.values(t.lane)) expect(html).toContain(lane.replace(/'/g, '&#39;'));
      expect(html.match(/<table class="lane"/g)).toHaveLength(8);
      // Empty lanes say so rather than disappear.
      expect(html).toContain(t.empty);
      // Open periods are "ongoing" in the UI's word for it.
      expect(html).toContain(`<td>${t.ongoing}</td>`);
      expect(html).toContain(catalogues[language].report.document.title);
    }
  });

  it('writes dates dd/mm/yyyy and shows incomplete ones as such', () => {
    const html = body(renderReportHtml(typical, context()));
    expect(html).toContain('<td>01/02/2021</td><td>31/12/2021</td>');
    expect(html).toContain('07/2019<span class="note">jour inconnu</span>');
    expect(html).toContain('2018<span class="note">mois et jour inconnus</span>');
    expect(html).toContain('depuis le 01/02/2021, en cours');
  });

  it('shows markers as words, and does not repeat in the details what the code and markers say', () => {
    const html = body(renderReportHtml(typical, context()));
    const row = html.slice(html.indexOf('<tr class="is-blocked is-fraud">'));
    const cells = row.slice(0, row.indexOf('</tr>'));
    expect(cells).toContain('⊘ bloqué');
    expect(cells).toContain('⚠ fraude');
    expect(cells).toContain('P – partenaire');
    expect(cells).toContain('Référence');
    expect(cells).not.toContain('Paiement bloqué');
    expect(cells).not.toContain('Type de formulaire');
  });

  it('prints attributes that every row of a lane shares once, in the lane header', () => {
    const origin = {
      key: 'origin' as const,
      kind: 'localized' as const,
      text: { fr: 'Registre national', nl: 'Rijksregister', de: 'Nationalregister' },
    };
    const html = body(
      renderReportHtml(
        inquiry([
          item({
            begin: '2020-01-01',
            details: [origin, { key: 'reference', kind: 'text', text: 'R-1' }],
          }),
          item({
            begin: '2021-01-01',
            details: [origin, { key: 'reference', kind: 'text', text: 'R-2' }],
          }),
        ]),
        context(),
      ),
    );
    expect(html).toContain(
      'Pour toutes les périodes – <span class="k">Origine de l’information\u00a0:</span>\u00a0Registre national',
    );
    expect(html.match(/Registre national/g)).toHaveLength(1);
    expect(html).toContain('R-1');
    expect(html).toContain('R-2');
  });

  it('adds a drawing zoomed on the years with data when they are a small part of the period', () => {
    const recent = inquiry([item({ begin: '2024-03-01', end: null })], {
      request: { ...typical.request, period: { from: '1990-01-01', to: '2026-12-31' } },
      consultedAt: '2026-11-23T10:00:00Z',
    });
    const html = body(renderReportHtml(recent, context()));
    expect(html.match(/<svg[^>]*class="timeline"/g)).toHaveLength(2);
    expect(html).toContain(
      'agrandie sur les années qui ont des données : du 01/01/2024 au 31/12/2026',
    );
    const spread = inquiry([item({ begin: '2020-06-01', end: '2024-06-30' })]);
    expect(
      body(renderReportHtml(spread, context())).match(/<svg[^>]*class="timeline"/g),
    ).toHaveLength(1);
  });

  it('numbers rows per lane as the CSV does', () => {
    const html = body(renderReportHtml(typical, context()));
    expect(html).toContain('<td class="ref">1.1</td>');
    expect(html).toContain('<td class="ref">3.1</td>');
    expect(html).toContain('<td class="ref">4.1</td>');
  });

  it('says when the NISS was replaced, when ListOfAttestation completed the answer, and when nothing was found', () => {
    const html = body(
      renderReportHtml(
        inquiry([], {
          nissReplaced: true,
          request: { ...typical.request, niss: '79482540465' },
          finalNiss: '79082540476',
          answerVersion: 1,
          dataFound: false,
        }),
        context(),
      ),
    );
    expect(html).toContain('Le NISS demandé 79.48.25-404.65 a été remplacé');
    expect(html).toContain('79.08.25-404.76');
    expect(html).toContain('ListOfAttestation');
    expect(html).toContain('La BCSS ne connaît aucune donnée');
  });

  it('marks anything but production as DEMO / TEST, on the first page and in every page header', () => {
    for (const environment of ['demo', 'test', 'acceptance'] as const) {
      const ctx = context({ environment: 'production' });
      const subject = inquiry([], { environment });
      expect(renderReportHtml(subject, ctx)).toContain('DÉMO / TEST – données fictives');
      expect(headerTemplate(buildReportModel(subject, ctx))).toContain('DÉMO / TEST');
    }
    // A production inquiry in a non-production install is marked too: the report never vouches for it.
    expect(
      renderReportHtml(
        inquiry([], { environment: 'production' }),
        context({ environment: 'test' }),
      ),
    ).toContain('DÉMO / TEST');
    const real = inquiry([], { environment: 'production' });
    const ctx = context({ environment: 'production' });
    expect(renderReportHtml(real, ctx)).not.toContain('DÉMO');
    expect(headerTemplate(buildReportModel(real, ctx))).not.toContain('DÉMO');
  });

  it('escapes every data value: hostile labels, names and details stay text', () => {
    const hostile = inquiry(
      [
        item({
          label: { fr: HOSTILE.script, nl: HOSTILE.script, de: HOSTILE.script },
          code: HOSTILE.attribute,
          details: [
            { key: 'reference', kind: 'text', text: HOSTILE.quote },
            { key: 'organisation', kind: 'organisation', id: '"/>', name: HOSTILE.script },
          ],
        }),
      ],
      { request: { ...typical.request, legalContext: HOSTILE.attribute } },
    );
    const ctx = context({
      investigator: HOSTILE.attribute,
      organisation: { cpasName: `</style>${HOSTILE.script}`, cbe: HOSTILE.quote },
    });
    const model = buildReportModel(hostile, ctx);
    for (const html of [
      renderReportHtml(hostile, ctx),
      headerTemplate(model),
      footerTemplate(model),
    ]) {
      expect(html).not.toContain('<script');
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>');
      expect(html).not.toContain('"/>"');
    }
    const html = renderReportHtml(hostile, ctx);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('L&#39;aide &quot;urgente&quot; &amp; &lt;b&gt;gras&lt;/b&gt;');
  });
});

describe('page header and footer', () => {
  const model = buildReportModel(inquiry([]), context());

  it('header: CPAS and CBE, investigator, consultation, tickets, environment and the person', () => {
    const header = headerTemplate(model);
    expect(header).toContain('CPAS de Liège');
    expect(header).toContain('BCE 0207.777.760');
    expect(header).toContain('Enquêteur : Claire Dumont');
    expect(header).toContain('Consultée le : ');
    expect(header).toContain('aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee');
    expect(header).toContain('Environnement : DEMO');
    expect(header).toContain('NISS 85.07.30-033.28');
  });

  it('footer: "page X / Y" filled in by Chromium, and the confidentiality notice', () => {
    const footer = footerTemplate(model);
    expect(footer).toContain(
      'Page <span class="pageNumber"></span> / <span class="totalPages"></span>',
    );
    expect(footer).toContain('Document confidentiel');
    expect(footer).toContain('Établi le 13/05/2025');
  });

  it('the top margin grows with the tickets, so five of them (version 1) still fit the header', () => {
    const call = (n: number) => ({
      service: 'ListOfAttestation' as const,
      ticket: `t-${n}`,
      ticketCBSS: `${n}aaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee`,
    });
    const many = buildReportModel(
      inquiry([], { calls: [1, 2, 3, 4, 5].map(call), answerVersion: 1 }),
      context(),
    );
    expect(headerHeightMm(many)).toBeGreaterThan(headerHeightMm(model));
  });

  it('the print options for Chromium: A4 landscape, background, header and footer', () => {
    const options = reportPdfOptions(model);
    expect(options).toMatchObject({ pageSize: 'A4', landscape: true, displayHeaderFooter: true });
    const playwright = toPlaywrightPdfOptions(options);
    expect(playwright.format).toBe('A4');
    expect(playwright.margin.left).toBe('10mm');
    expect(playwright.headerTemplate).toBe(options.headerTemplate);
    expect(playwright.footerTemplate).toBe(options.footerTemplate);
    expect(playwright.printBackground).toBe(true);
  });
});
