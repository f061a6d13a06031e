// The report's page: A4 landscape, its margins, and the header and footer Chromium prints in them on every page.
import { escapeHtml } from './escape-html';
import type { PdfOptions } from './pdf-port';
import type { ReportModel } from './report-model';

/** Room the timeline page keeps for its title, scope line, legend and the overlap note (mm). */
export const TIMELINE_CHROME_MM = 32;

/** A4 landscape, in millimetres. */
export const PAGE = { width: 297, height: 210, side: 10, bottom: 14 } as const;

/** The header's lines of identity wrap when the tickets are many (version 1: five calls). */
const HEADER_BASE_MM = 19;
const HEADER_LINE_MM = 3.6;
const HEADER_CHARS_PER_LINE = 190;

export const REPORT_FONT = "Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, sans-serif";

function ticketsText(model: ReportModel): string {
  const tickets = model.tickets.flatMap((ticket) => (ticket.ticketCBSS ? [ticket.ticketCBSS] : []));
  return tickets.length > 0 ? tickets.join(', ') : model.t('result.facts.noTicket');
}

/** 'Label : value' in French (a space before the colon), 'Label: value' in Dutch and German. */
export function labelled(model: ReportModel, label: string, value: string): string {
  return `${label}${model.language === 'fr' ? ' : ' : ': '}${value}`;
}

export function secondLine(model: ReportModel): string {
  return [
    labelled(model, model.texts.investigator, model.investigator),
    labelled(model, model.t('result.facts.consultedAt'), model.consultedAt),
    labelled(model, model.t('result.facts.tickets'), ticketsText(model)),
    labelled(model, model.t('result.facts.environment'), model.environment.toUpperCase()),
  ].join('   ·   ');
}

export function headerHeightMm(model: ReportModel): number {
  const extraLines = Math.max(0, Math.ceil(secondLine(model).length / HEADER_CHARS_PER_LINE) - 1);
  return HEADER_BASE_MM + extraLines * HEADER_LINE_MM;
}

/** The printable height left between header and footer, for sizing the timeline page. */
export function bodyHeightMm(model: ReportModel): number {
  return PAGE.height - headerHeightMm(model) - PAGE.bottom;
}

// Header and footer documents get no styles from the page and a tiny default font: everything inline.
const TEMPLATE_STYLE = `
  .band { box-sizing: border-box; width: 100%; padding: 0 ${PAGE.side}mm; font-family: ${REPORT_FONT};
    color: #1d2733; font-size: 7.5pt; line-height: 1.3; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .top { display: flex; align-items: baseline; gap: 3mm; }
  .demo { flex: none; font-weight: bold; color: #fff; background: #a31515; padding: 0.3mm 1.8mm;
    border: 0.3mm solid #5c0b0b; letter-spacing: 0.02em; }
  .cpas { font-weight: bold; font-size: 8.5pt; }
  .niss { margin-left: auto; font-weight: bold; font-size: 8.5pt; white-space: nowrap; }
  .facts { margin-top: 0.8mm; padding-bottom: 1.2mm; border-bottom: 0.3mm solid #1d2733; overflow-wrap: anywhere; }
  .bottom { display: flex; gap: 4mm; border-top: 0.2mm solid #8a94a3; padding-top: 1mm; font-size: 6.5pt; }
  .notice { flex: 1; }
  .page { flex: none; font-size: 7.5pt; font-weight: bold; white-space: nowrap; }`;

export function headerTemplate(model: ReportModel): string {
  const demo = model.isProduction
    ? ''
    : `<span class="demo">${escapeHtml(model.texts.demoMark)}</span>`;
  return (
    `<style>${TEMPLATE_STYLE}</style><div class="band">` +
    `<div class="top">${demo}<span class="cpas">${escapeHtml(model.cpasName)}</span>` +
    `<span>${escapeHtml(model.texts.cbe)} ${escapeHtml(model.cbe)}</span>` +
    `<span>${escapeHtml(model.texts.title)}</span>` +
    `<span class="niss">${escapeHtml(model.t('result.facts.finalNiss'))} ${escapeHtml(model.niss)}</span></div>` +
    `<div class="facts">${escapeHtml(secondLine(model))}</div></div>`
  );
}

export function footerTemplate(model: ReportModel): string {
  return (
    `<style>${TEMPLATE_STYLE}</style><div class="band"><div class="bottom">` +
    `<span class="notice">${escapeHtml(model.texts.confidential)} ${escapeHtml(model.generatedAt)}.</span>` +
    `<span class="page">${escapeHtml(model.texts.page)} <span class="pageNumber"></span> / <span class="totalPages"></span></span>` +
    `</div></div>`
  );
}

export function reportPdfOptions(model: ReportModel): PdfOptions {
  return {
    pageSize: 'A4',
    landscape: true,
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: headerTemplate(model),
    footerTemplate: footerTemplate(model),
    marginsMm: {
      top: headerHeightMm(model),
      right: PAGE.side,
      bottom: PAGE.bottom,
      left: PAGE.side,
    },
    preferCSSPageSize: false,
    // Measured on the heavy person (~130 pages): a tagged PDF takes twice as long and is six times larger
    // (16 MB), and Chromium builds the outline from the tags; both are experimental in Electron too.
    tagged: false,
    outline: false,
  };
}
