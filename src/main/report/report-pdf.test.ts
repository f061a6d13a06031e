// The PDFKit report against the HTML one: every section of report-sections.ts in both documents, in the same
// order; any alphabet prints (the built-in fonts only know Latin-1, the embedded ones take the rest).
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n';
import { renderReportHtmlFromModel } from './report-html';
import { buildReportModel, type ReportModel } from './report-model';
import { renderReportPdf } from './report-pdf';
import { REPORT_SECTIONS, type ReportSectionId } from './report-sections';
import { inquiry, item, supplements } from '../../test-support/builders';
import { context } from '../../test-support/report-context';
import { findPdftotext, pdfPages, squeeze } from '../../test-support/files/pdf-text';

const pdftotext = findPdftotext();

/** What each section prints first: a section added to REPORT_SECTIONS must say how to find it here too. */
const HEADINGS: Record<ReportSectionId, (model: ReportModel) => string> = {
  cover: (model) => model.texts.title,
  findings: (model) => model.t('answers.findings.title'),
  situation: (model) => model.answers.situation.title,
  comparison: (model) => model.answers.comparison!.title,
  timeline: (model) => model.texts.timeline,
  lanes: (model) => model.texts.lanes,
  registerExtract: (model) => `${model.registerExtract!.number}. ${model.registerExtract!.title}`,
  foreignerSituation: (model) =>
    `${model.foreignerSituation!.number}. ${model.foreignerSituation!.title}`,
};

/** The text of the HTML's body, tags out. */
const htmlText = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'");

describe.skipIf(!pdftotext)('the PDF and the HTML report', () => {
  it.each(['fr', 'nl', 'de'] as const)(
    '(%s) print every section, in the same order',
    async (language) => {
      const subject = inquiry(
        [item({ lane: 'residence', subLane: 'municipality', begin: '2019-07', end: null })],
        { supplements: supplements({ history: true }) },
      );
      // With an earlier inquiry, so that the comparison section prints too.
      const model = buildReportModel(subject, context({ language, earlier: inquiry([]) }));
      const pdf = squeeze(
        (await pdfPages(await renderReportPdf(subject, model), pdftotext!)).join('\n'),
      );
      const html = squeeze(htmlText(renderReportHtmlFromModel(subject, model)));
      // Each heading found after the one before (the cover's summary names some sections first).
      const missing = (text: string) => {
        let from = 0;
        return REPORT_SECTIONS.filter((id) => {
          const at = text.indexOf(squeeze(HEADINGS[id](model)), from);
          if (at >= 0) from = at + 1;
          return at < 0;
        });
      };
      expect(missing(pdf)).toEqual([]);
      expect(missing(html)).toEqual([]);
    },
    60_000,
  );

  it('prints names in any alphabet, and the markers’ signs', async () => {
    const names = 'Łukasz Wójcik · Şükrü Öztürk · Ștefan Țăranu · Γιώργος · Дмитрий';
    const subject = inquiry([
      item({
        lane: 'forms',
        label: { fr: names, nl: names, de: names },
        markers: { blocked: true, fraud: true, role: null, parentProcedure: false },
      }),
    ]);
    const model = buildReportModel(subject, context());
    const text = squeeze(
      (await pdfPages(await renderReportPdf(subject, model), pdftotext!)).join('\n'),
    );
    expect(text).toContain(squeeze(names));
    expect(text).toContain(squeeze(catalogues.fr.result.marker.blocked));
    expect(text).toContain(squeeze(catalogues.fr.result.marker.fraud));
  }, 60_000);
});
