// The report's own sections for the Tx25 register extract and ForeignerSituation: model, HTML, CSV, and the PDF read back.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfkitEngine, type ReportPdfEngine } from './pdf-engine';
import { renderReportCsv } from './report-csv';
import { renderReportHtml } from './report-html';
import { buildReportModel, type ReportRow } from './report-model';
import { catalogues } from '../../shared/i18n';
import { readCsv } from '../../test-support/files/csv-read';
import { inquiry, item, supplements } from '../../test-support/builders';
import { context } from '../../test-support/report-context';
import { findPdftotext, pdfPages, squeeze } from '../../test-support/files/pdf-text';
import { rowsCutAcrossPages } from '../../test-support/files/row-check';

const REASON_FR = 'Regroupement familial avec un non européen - Epoux/partenaire';
const REASON_NL = 'Gezinshereniging met een niet Europeaan - Echtgenoot/partner';
const REUNIFICATION_NISS = '90.01.15-123.63';

const withSupplements = (history = true) =>
  inquiry([item({ lane: 'residence', subLane: 'municipality', begin: '2019-07', end: null })], {
    supplements: supplements({ history }),
  });
const without = () => inquiry([item({ lane: 'residence', subLane: 'municipality' })]);

/** The report without its style sheet, whose selectors name the sections too. */
const body = (html: string) => html.slice(html.indexOf('</style>'));

describe('report model of the supplements', () => {
  it('numbers the two sections after the eight lanes and lists their BCSS tickets', () => {
    const model = buildReportModel(withSupplements(), context());
    expect(model.registerExtract?.number).toBe(9);
    expect(model.foreignerSituation?.number).toBe(10);
    const tickets = model.tickets.map((ticket) => ticket.ticketCBSS);
    expect(tickets).toEqual([
      'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      'tx25tx25-0000-4000-8000-000000000001',
      'frgnfrgn-0000-4000-8000-000000000002',
      'frgnfrgn-0000-4000-8000-000000000003',
    ]);
  });

  it('has one table per information type in reading order, current values first, fields in words', () => {
    const extract = buildReportModel(withSupplements(), context()).registerExtract!;
    expect(extract.tables.map((table) => [table.code, table.known])).toEqual([
      ['001', true],
      ['031', true],
      ['253', true],
    ]);
    const nationality = extract.tables[1]!;
    expect(nationality.title).toBe('Nationalité');
    expect(nationality.rows.map((row) => [row.date.text, row.end.text, row.current])).toEqual([
      ['04/03/2019', 'en cours', true],
      ['30/07/1985', '03/03/2019', false],
    ]);
    expect(nationality.rows[0]!.fields).toEqual([
      { label: 'Nationalité', value: '150 – Belgique' },
    ]);
    expect(extract.tables[2]!.rows[0]!.date.text).toBe('sans date');
    expect(extract.tables.flatMap((t) => t.rows.map((r) => r.ref))).toEqual([
      '9.1',
      '9.2',
      '9.3',
      '9.4',
    ]);
  });

  it('words validity, the indefinite expiry, the reason in the report language and the reunification NISS', () => {
    const fr = buildReportModel(withSupplements(), context()).foreignerSituation!;
    expect(fr.employmentCards[0]).toMatchObject({
      number: 'EC-2021-000117',
      validFrom: { text: '02/2021', note: 'jour inconnu' },
      closed: { text: '31/01/2022' },
    });
    expect(fr.workPermits[0]).toMatchObject({
      expiry: { text: 'durée indéterminée' },
      closed: { text: '' },
    });
    expect(fr.specialInfos[0]).toMatchObject({
      reasonCode: '01010101',
      reasonLabel: REASON_FR,
      reunification: REUNIFICATION_NISS,
    });
    const nl = buildReportModel(withSupplements(), context({ language: 'nl' })).foreignerSituation!;
    expect(nl.specialInfos[0]!.reasonLabel).toBe(REASON_NL);
    expect(nl.workPermits[0]!.expiry.text).toBe('onbepaalde duur');
  });

  it('has no such section, and no extra ticket, without supplements', () => {
    const model = buildReportModel(without(), context());
    expect(model.registerExtract).toBeNull();
    expect(model.foreignerSituation).toBeNull();
    expect(model.tickets).toHaveLength(1);
  });
});

describe('report HTML of the supplements', () => {
  it('prints both sections after the lanes, with headers that repeat and whole rows', () => {
    const html = body(renderReportHtml(withSupplements(), context()));
    const texts = catalogues.fr.report.document;
    const lanesAt = html.indexOf('class="lanes"');
    const extractAt = html.indexOf(`<h2>9. ${texts.registerExtract}`);
    const foreignerAt = html.indexOf(`<h2>10. ${texts.foreignerSituation}`);
    expect(lanesAt).toBeGreaterThan(0);
    expect(extractAt).toBeGreaterThan(lanesAt);
    expect(foreignerAt).toBeGreaterThan(extractAt);
    // The same table kind as the lanes: the print rules (thead repeated, tr unbroken) apply to them.
    const sections = html.slice(extractAt);
    expect(sections.match(/<table class="lane">/g)!.length).toBe(6);
    expect(sections).toContain('<thead>');
    expect(sections).toContain('07/2019<span class="note">jour inconnu</span>');
    expect(sections).toContain('WP-B-2023-4471');
    expect(sections).toContain('durée indéterminée');
    expect(sections).toContain(catalogues.fr.foreigner.notAuthentic);
    expect(sections).toContain(REASON_FR);
    expect(sections).toContain(REUNIFICATION_NISS);
    expect(sections).toContain('>Nationalité (TI 031)</h3>');
    expect(sections).toContain('>Date de collecte (TI 253)</h3>');
    expect(html).toContain('tx25tx25-0000-4000-8000-000000000001');
    // The first page's summary counts them: 4 entries (3 current), 3 documents (the permit still open).
    const cover = html.slice(0, lanesAt);
    expect(cover).toContain(
      `9. ${texts.registerExtract}</td><td class="num">4</td><td class="num">3</td>`,
    );
    expect(cover).toContain(
      `10. ${texts.foreignerSituation}</td><td class="num">3</td><td class="num">1</td>`,
    );
  });

  it('says when the extract was asked without history', () => {
    const html = body(renderReportHtml(withSupplements(false), context()));
    expect(html).toContain(catalogues.fr.report.document.extractCurrentOnly);
    expect(html).not.toContain(catalogues.fr.report.document.extractHistory);
    expect(html).not.toContain('Maroc');
  });

  it('has no supplement section without supplements', () => {
    const html = body(renderReportHtml(without(), context()));
    expect(html).not.toContain(catalogues.fr.report.document.registerExtract);
    expect(html).not.toContain(catalogues.fr.report.document.foreignerSituation);
    expect(html).not.toContain('class="supplement"');
  });
});

describe('report CSV of the supplements', () => {
  it('gives back one row per register entry, work document and special info, section in the lane column', () => {
    const [, ...rows] = readCsv(renderReportCsv(withSupplements(), context()).slice(1));
    const texts = catalogues.fr.report.document;
    expect(rows.map((row) => row[0])).toEqual([
      '1.1',
      '9.1',
      '9.2',
      '9.3',
      '9.4',
      '10.1',
      '10.2',
      '10.3',
    ]);
    const byRef = new Map(rows.map((row) => [row[0], row]));
    expect(byRef.get('9.2')).toEqual([
      '9.2',
      texts.registerExtract,
      'Nationalities',
      '04/03/2019',
      'en cours',
      '031',
      'Nationalité',
      '',
      'Nationalité : 150 – Belgique',
      'Tx25',
    ]);
    expect(byRef.get('10.2')!.slice(1, 7)).toEqual([
      texts.foreignerSituation,
      texts.workPermits,
      '01/05/2023',
      'durée indéterminée',
      'WP-B-2023-4471',
      texts.workPermits,
    ]);
    expect(byRef.get('10.3')!.slice(5, 7)).toEqual(['01010101', REASON_FR]);
    expect(byRef.get('10.3')![8]).toBe(
      `${texts.reunification} : ${REUNIFICATION_NISS} | ${texts.comment} : Carte A`,
    );
  });

  it('has only the periods without supplements', () => {
    const [, ...rows] = readCsv(renderReportCsv(without(), context()).slice(1));
    expect(rows).toHaveLength(1);
  });
});

const pdftotext = findPdftotext();

describe.skipIf(!pdftotext)('report PDF of the supplements', () => {
  let engine: ReportPdfEngine;
  beforeAll(() => {
    engine = createPdfkitEngine();
  });
  afterAll(() => engine?.close());

  it.each(['fr', 'nl'] as const)(
    '(%s) reads back the section titles, a work document, the residence reason and the reunification NISS',
    async (language) => {
      const subject = withSupplements();
      const model = buildReportModel(subject, context({ language }));
      const pdf = await engine.render(subject, model);
      // Kept for a look at the pages (pdftoppm) when INQUIRY_DESK_REPORT_PDF_DIR is set.
      const dir = process.env.INQUIRY_DESK_REPORT_PDF_DIR;
      if (dir) {
        await mkdir(dir, { recursive: true });
        await writeFile(join(dir, `supplements-${language}.pdf`), pdf);
      }
      const pages = await pdfPages(pdf, pdftotext!);
      const all = squeeze(pages.join('\n'));
      const texts = catalogues[language].report.document;
      expect(all).toContain(squeeze(`9. ${texts.registerExtract}`));
      expect(all).toContain(squeeze(`10. ${texts.foreignerSituation}`));
      expect(all).toContain('WP-B-2023-4471');
      expect(all).toContain('EC-2021-000117');
      expect(all).toContain(squeeze(language === 'fr' ? REASON_FR : REASON_NL));
      expect(all).toContain(squeeze(REUNIFICATION_NISS));
      expect(all).toContain('tx25tx25-0000-4000-8000-000000000001');
      // The supplements start on a page of their own, after the lanes.
      // The summary on page 1 names it too: the section is the page that also says how it was asked.
      const extractPage = pages.findIndex(
        (page) =>
          squeeze(page).includes(squeeze(`9. ${texts.registerExtract}`)) &&
          squeeze(page).includes(squeeze(texts.extractHistory)),
      );
      const lanesPage = pages.findIndex((page) => squeeze(page).includes(squeeze(texts.lanes)));
      expect(extractPage).toBeGreaterThan(lanesPage);
    },
    60_000,
  );

  it('keeps every register entry whole on one page, over many pages', async () => {
    // 90 entries of varied heights (3 to 14 long fields): page breaks must fall between rows, never inside one.
    const subject = withSupplements();
    const entries = Array.from({ length: 90 }, (_, i) => ({
      code: ['001', '020', '031', '210'][i % 4]!,
      group: 'Synthetic',
      date: {
        value: `20${String(10 + (i % 15)).padStart(2, '0')}-03-01`,
        precision: 'day' as const,
      },
      endDate: i % 3 === 0 ? null : { value: '2025-01-31', precision: 'day' as const },
      fields: Array.from({ length: 3 + (i % 12) }, (_, j) => ({
        name: `Field${j}`,
        value: `Valeur synthétique ${i}-${j} `.repeat(3).trim(),
      })),
      current: i % 3 === 0,
    }));
    subject.supplements!.registerExtract!.extract.informationTypes = entries;
    const model = buildReportModel(subject, context());
    const pdf = await engine.render(subject, model);
    const pages = await pdfPages(pdf, pdftotext!);
    const heading = `9. ${model.texts.registerExtract}`;
    const page = pages.findIndex(
      (text) =>
        squeeze(text).includes(squeeze(heading)) &&
        squeeze(text).includes(squeeze(model.texts.extractHistory)),
    );
    expect(page).toBeGreaterThan(0);
    // The row check reads what a lane row prints; an entry prints its number, dates and fields.
    const rows = model.registerExtract!.tables.flatMap((table) =>
      table.rows.map(
        (row) =>
          ({
            ref: row.ref,
            subLane: '',
            begin: row.date,
            end: row.end,
            label: '',
            code: '',
            markers: [],
            tableDetails: row.fields,
          }) as unknown as ReportRow,
      ),
    );
    expect(rows).toHaveLength(90);
    expect(pages.length - page).toBeGreaterThan(3);
    expect(rowsCutAcrossPages(pages, rows, { page, index: 0 })).toEqual([]);
    // Every page the extract runs over repeats its column headers (the last page is the foreigner situation's).
    for (const text of pages.slice(page, -1)) {
      expect(squeeze(text)).toContain(squeeze(`${model.texts.ref}Début Fin ${model.texts.fields}`));
    }
  }, 60_000);

  it('prints no supplement section without supplements', async () => {
    const subject = without();
    const model = buildReportModel(subject, context());
    const pdf = await engine.render(subject, model);
    const all = squeeze((await pdfPages(pdf, pdftotext!)).join('\n'));
    expect(all).not.toContain(squeeze(catalogues.fr.report.document.registerExtract));
    expect(all).not.toContain(squeeze(catalogues.fr.report.document.foreignerSituation));
  }, 60_000);
});
