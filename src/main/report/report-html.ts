// The inquiry report as one self-contained HTML document for A4 print: identity, timeline page, one table per lane.
import type { Inquiry } from '../../shared/domain/inquiry';
import { isoToDisplayDate } from '../../shared/domain/period';
import { laneColours } from '../../shared/presentation/lane-palette';
import { comparisonSectionHtml, findingsSectionHtml, situationSectionHtml } from './report-answers';
import { escapeHtml } from './escape-html';
import { bodyHeightMm, labelled, PAGE, REPORT_FONT, TIMELINE_CHROME_MM } from './page-layout';
import {
  buildReportModel,
  type DateCell,
  type ReportContext,
  type ReportLane,
  type ReportModel,
  type ReportRow,
  type WorkDocumentRow,
} from './report-model';
import { dataWindow, renderTimelineSvg } from './report-svg';
import { REPORT_SECTIONS, type ReportSectionId } from './report-sections';
import {
  extractColumns,
  extractTableHead,
  specialInfoColumns,
  workDocumentColumns,
} from './supplement-tables';

export type { ReportContext } from './report-model';

const e = escapeHtml;

/**
 * Print-only styles, inline: this document is rendered in an isolated page (no script, no network, its own
 * CSP below), never in the app's renderer, whose CSP forbids inline styles.
 *
 * Landscape throughout: the timeline needs the width, and the tables' detail column gets twice the room
 * it would have in portrait, so rows stay two to four lines high; one page size also lets a single set of
 * printToPDF options (and a printer) handle the whole document in both hosts.
 */
function styles(): string {
  return `
@page { size: A4 landscape; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${REPORT_FONT}; font-size: 8pt; line-height: 1.3; color: #111; }
h1 { font-size: 15pt; margin: 0 0 2.5mm; }
h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 1.2mm 0; }
.demo-banner { border: 0.5mm solid #a31515; background: #fdecec; padding: 1.5mm 2.5mm; font-size: 9pt; }
.demo-banner strong { color: #a31515; margin-right: 2mm; }
.facts { display: grid; grid-template-columns: repeat(4, 1fr); gap: 1.5mm 4mm; margin: 3mm 0; }
.facts div { border-left: 0.6mm solid #1f5fa8; padding-left: 2mm; }
.facts dt { font-size: 7pt; color: #46505e; }
.facts dd { margin: 0; font-size: 9pt; }
.facts .niss { font-size: 13pt; font-weight: bold; letter-spacing: 0.03em; }
.notice { border-left: 1mm solid #b26a00; background: #fff6e5; padding: 1.2mm 2.5mm; }
.notice.missing { border-left-color: #a31515; background: #fdecec; }
.notice.missing ul { margin: 0.8mm 0 0; padding-left: 4mm; }
.notice.missing .reason, table.lane .missing .reason { display: block; font-size: 7pt; color: #46505e; }
.summary tr.missing td { color: #a31515; }
table.lane .missing { display: block; color: #a31515; font-weight: bold; margin-top: 0.6mm; }
table { border-collapse: collapse; width: 100%; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.2mm solid #b9c1cb; padding: 0.6mm 1.2mm; text-align: left; vertical-align: top; }
th { background: #eef1f4; font-weight: bold; }
.tickets, .summary { width: auto; min-width: 60%; margin-bottom: 2mm; }
.summary td.num { text-align: right; font-variant-numeric: tabular-nums; }
.findings-table td:first-child { white-space: nowrap; }
.finding-blocking td:first-child { color: #8c1a14; }
.situation-table th { text-align: left; white-space: nowrap; padding-right: 4mm; }
.situation-table { width: auto; min-width: 60%; }
.comparison-table td:first-child { white-space: nowrap; }
.comparison-findings { margin: 2mm 0 0 0; padding-left: 5mm; }
.mono { font-family: 'DejaVu Sans Mono', Consolas, 'Liberation Mono', monospace; font-size: 7.5pt; }
.timeline-page { break-before: page; break-inside: avoid; }
.timeline { display: block; }
.legend { list-style: none; margin: 1.5mm 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.8mm 5mm; font-size: 7pt; }
.legend li { display: flex; align-items: center; gap: 1.5mm; }
.legend svg { flex: none; }
.lanes { break-before: page; }
table.lane { table-layout: fixed; margin: 0 0 4mm; font-size: 7pt; line-height: 1.25; }
table.lane .lane-head th { font-size: 9.5pt; padding: 1.2mm 2mm; border-left-width: 1.6mm; }
table.lane .lane-head h3 { display: inline; font-size: inherit; margin: 0; }
table.lane .lane-head .count { font-weight: normal; color: #46505e; margin-left: 2mm; }
table.lane td.sub { overflow-wrap: anywhere; }
table.lane td.ref { color: #46505e; font-variant-numeric: tabular-nums; }
table.lane .code { display: block; color: #46505e; font-size: 6.3pt; }
.note { display: block; font-size: 6.5pt; font-style: italic; color: #46505e; }
.badge { display: inline-block; border: 0.2mm solid currentColor; border-radius: 0.6mm; padding: 0 0.8mm; margin: 0 0.6mm 0.4mm 0; font-size: 6.5pt; font-weight: bold; }
.badge-blocked { color: #8c1a14; background: #fde2e1; }
.badge-fraud { color: #6b4200; background: #fff0d1; }
.badge-mainBeneficiary { color: #17497f; background: #e6eef9; }
.badge-partner { color: #4d2f7a; background: #f0eaf8; }
.badge-parentProcedure { color: #3b4657; background: #eef1f4; }
tr.is-blocked td, tr.is-fraud td { background: #fff8f0; }
table.lane .lane-head .common { display: block; font-weight: normal; font-size: 7pt; margin-top: 0.4mm; }
.k { color: #46505e; white-space: nowrap; }
.supplement { break-before: page; }
table.lane .supp-head th { background: #eef1f4; border-left: 1.6mm solid #46505e; }
table.lane .supp-head.unknown th { border-left-color: #9aa3ae; font-style: italic; }
table.lane tr.history td { color: #46505e; }
`;
}

function dateCell(cell: DateCell): string {
  return cell.note ? `${e(cell.text)}<span class="note">${e(cell.note)}</span>` : e(cell.text);
}

/** 'Label : value · Label : value': plain text between the keys, few elements for thousands of rows. */
function detailsHtml(model: ReportModel, details: { label: string; value: string }[]): string {
  // French puts a space before the colon; Dutch and German do not.
  const colon = model.language === 'fr' ? '\u00a0:' : ':';
  return details
    .map((d) => `<span class="k">${e(d.label)}${colon}</span>\u00a0${e(d.value)}`)
    .join(' · ');
}

function rowHtml(model: ReportModel, lane: ReportLane, row: ReportRow): string {
  const classes = [
    row.item.markers.blocked ? 'is-blocked' : '',
    row.item.markers.fraud ? 'is-fraud' : '',
  ].filter(Boolean);
  const markers = row.markers
    .map((marker) => `<span class="badge badge-${marker.kind}">${e(marker.text)}</span>`)
    .join('');
  const details = detailsHtml(model, row.tableDetails);
  return (
    `<tr${classes.length ? ` class="${classes.join(' ')}"` : ''}>` +
    `<td class="ref">${e(row.ref)}</td>` +
    (lane.hasSubLanes ? `<td class="sub">${e(row.subLane)}</td>` : '') +
    `<td>${dateCell(row.begin)}</td><td>${dateCell(row.end)}</td>` +
    // Codes such as REGISTERED_FOREIGNER may break after their underscores, nowhere else.
    `<td class="label">${e(row.label)}<span class="code">${e(row.code).replace(/_/g, '_<wbr>')}</span></td>` +
    `<td>${markers}</td><td class="details">${details}</td></tr>`
  );
}

/** A lane table's columns (mm; 0: the rest of the line), for both the HTML and the PDF. */
export function laneColumns(
  model: ReportModel,
  lane: ReportLane,
): { width: number; title: string }[] {
  const { t, texts } = model;
  return [
    { width: 11, title: texts.ref },
    ...(lane.hasSubLanes ? [{ width: 25, title: t('result.table.subLane') }] : []),
    { width: 16, title: t('result.table.begin') },
    { width: 16, title: t('result.table.end') },
    { width: 40, title: `${t('result.table.label')} (${texts.code.toLowerCase()})` },
    { width: 24, title: t('result.table.markers') },
    { width: 0, title: texts.details },
  ];
}

function laneTable(model: ReportModel, lane: ReportLane): string {
  const { t, texts } = model;
  const columns = laneColumns(model, lane);
  const colours = laneColours(lane.id, null);
  const head =
    `<tr class="lane-head"><th colspan="${columns.length}" style="background:${colours.fill};border-left-color:${colours.stroke}">` +
    `<h3 id="lane-${lane.id}">${lane.number}. ${e(lane.title)}</h3>` +
    (lane.missing
      ? ''
      : `<span class="count">${e(t('result.lanes.count', { count: lane.rows.length }))}</span>`) +
    (lane.commonDetails.length > 0
      ? `<span class="common">${e(texts.allPeriods)} – ${detailsHtml(model, lane.commonDetails)}</span>`
      : '') +
    `</th></tr>`;
  if (lane.missing) {
    // Not empty: unknown. The BCSS did not give the section; its header says so, and why.
    return `<table class="lane lane-missing" data-missing="${e(lane.missing.requestType)}"><thead>${head.replace(
      '</th></tr>',
      `<span class="missing">${e(lane.missing.text)}<span class="reason">${e(lane.missing.reason)}</span></span></th></tr>`,
    )}</thead></table>`;
  }
  if (lane.rows.length === 0) {
    return (
      // An empty lane is one line, its title saying so: listed, since "nothing" is an answer too.
      `<table class="lane"><thead>${head.replace(
        '</span></th>',
        ` – <em>${e(t('result.empty'))}</em></span></th>`,
      )}</thead></table>`
    );
  }
  const colgroup = columns
    .map((c) => (c.width ? `<col style="width:${c.width}mm">` : '<col>'))
    .join('');
  const header = columns.map((c) => `<th>${e(c.title)}</th>`).join('');
  const body = lane.rows.map((row) => rowHtml(model, lane, row)).join('\n');
  return (
    `<table class="lane"><colgroup>${colgroup}</colgroup>` +
    `<thead>${head}<tr>${header}</tr></thead><tbody>\n${body}\n</tbody></table>`
  );
}

/** A supplement's table: the same print rules as the lanes' (header repeated, rows whole), its own columns. */
function supplementTable(
  head: { id: string; title: string; note?: string; unknown?: boolean },
  columns: { width: number; title: string }[],
  rows: string[],
  empty: string,
): string {
  const title =
    `<tr class="lane-head supp-head${head.unknown ? ' unknown' : ''}"><th colspan="${columns.length}">` +
    `<h3 id="${e(head.id)}">${e(head.title)}</h3>` +
    (head.note ? `<span class="count">${e(head.note)}</span>` : '') +
    (rows.length === 0 ? `<span class="count"> – <em>${e(empty)}</em></span>` : '') +
    `</th></tr>`;
  if (rows.length === 0) return `<table class="lane"><thead>${title}</thead></table>`;
  const colgroup = columns
    .map((c) => (c.width ? `<col style="width:${c.width}mm">` : '<col>'))
    .join('');
  const header = columns.map((c) => `<th>${e(c.title)}</th>`).join('');
  return (
    `<table class="lane"><colgroup>${colgroup}</colgroup>` +
    `<thead>${title}<tr>${header}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
  );
}

function registerExtractSection(model: ReportModel): string {
  const section = model.registerExtract;
  if (!section) return '';
  const { t, texts, language } = model;
  const colon = language === 'fr' ? '\u00a0: ' : ': ';
  const intro = [
    `${t('result.facts.consultedAt')}${colon}${section.consultedAt}`,
    section.history ? texts.extractHistory : texts.extractCurrentOnly,
  ];
  const notices = [
    ...(section.replacedBy
      ? [t('report.document.extractReplaced', { niss: section.replacedBy })]
      : []),
    ...(section.found ? [] : [texts.extractNotFound]),
  ];
  const columns = extractColumns(model);
  const tables = section.tables.map((table) =>
    supplementTable(
      {
        id: `extract-${table.code}`,
        ...extractTableHead(model, table),
      },
      columns,
      table.rows.map(
        (row) =>
          `<tr${row.current ? '' : ' class="history"'}><td class="ref">${e(row.ref)}</td>` +
          `<td>${dateCell(row.date)}</td><td>${dateCell(row.end)}</td>` +
          `<td class="details">${detailsHtml(model, row.fields)}</td></tr>`,
      ),
      texts.nothingRecorded,
    ),
  );
  return (
    `<section class="supplement" id="register-extract"><h2>${section.number}. ${e(section.title)}</h2>` +
    intro.map((line) => `<p>${e(line)}</p>`).join('') +
    notices.map((notice) => `<p class="notice">${e(notice)}</p>`).join('') +
    tables.join('\n') +
    `</section>`
  );
}

function foreignerSituationSection(model: ReportModel): string {
  const section = model.foreignerSituation;
  if (!section) return '';
  const { t, texts, language } = model;
  const colon = language === 'fr' ? '\u00a0: ' : ': ';
  const documentColumns = workDocumentColumns(model);
  const documentRow = (row: WorkDocumentRow) =>
    `<tr><td class="ref">${e(row.ref)}</td><td class="mono">${e(row.number)}</td>` +
    `<td>${dateCell(row.validFrom)}</td><td>${dateCell(row.expiry)}</td><td>${dateCell(row.closed)}</td>` +
    `<td>${e(row.comment)}</td></tr>`;
  const specialColumns = specialInfoColumns(model);
  const specialRows = section.specialInfos.map(
    (row) =>
      `<tr><td class="ref">${e(row.ref)}</td><td>${dateCell(row.inception)}</td><td>${dateCell(row.expiry)}</td>` +
      `<td class="label">${e(row.reasonLabel)}${row.reasonCode ? `<span class="code">${e(row.reasonCode)}</span>` : ''}</td>` +
      `<td class="mono">${e(row.reunification)}</td><td>${e(row.comments)}</td></tr>`,
  );
  const facts = [
    `${t('result.facts.consultedAt')}${colon}${section.consultedAt}`,
    `${texts.aboutNiss}${colon}${section.niss}`,
  ];
  return (
    `<section class="supplement" id="foreigner-situation"><h2>${section.number}. ${e(section.title)}</h2>` +
    `<p>${facts.map((f) => e(f)).join(' · ')}</p>` +
    (section.replacedBy
      ? `<p class="notice">${e(t('result.replaced', { requested: model.requestedNiss, final: section.replacedBy }))}</p>`
      : '') +
    `<p class="notice" id="foreigner-not-authentic">${e(t('foreigner.notAuthentic'))}</p>` +
    supplementTable(
      { id: 'foreigner-cards', title: texts.employmentCards },
      documentColumns,
      section.employmentCards.map(documentRow),
      texts.nothingRecorded,
    ) +
    supplementTable(
      { id: 'foreigner-permits', title: texts.workPermits },
      documentColumns,
      section.workPermits.map(documentRow),
      texts.nothingRecorded,
    ) +
    supplementTable(
      { id: 'foreigner-special', title: texts.specialInfos },
      specialColumns,
      specialRows,
      texts.nothingRecorded,
    ) +
    `</section>`
  );
}

function legendSwatch(inner: string): string {
  return `<svg width="9mm" height="3.6mm" viewBox="0 0 9 3.6" aria-hidden="true">${inner}</svg>`;
}

/** The timeline's legend: each entry's swatch (SVG content, 9 × 3.6 units) and its words. */
export function legendEntries(model: ReportModel): [string, string][] {
  const { t, texts } = model;
  // Each attribute once: the PDF's SVG reader (svg-to-pdfkit) is a strict XML parser.
  const box = (stroke = '#1f5fa8', strokeWidth = '0.25', extra = '') =>
    `<rect x="0.3" y="0.4" width="6.6" height="2.8" rx="0.3" fill="#e6eef9" stroke="${stroke}" stroke-width="${strokeWidth}" ${extra}/>`;
  const patterns =
    '<defs><pattern id="lg-b" width="1.2" height="1.2" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="0.45" height="1.2" fill="#8c1a14"/></pattern>' +
    '<pattern id="lg-f" width="1.4" height="1.4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="0.4" height="1.4" fill="#6b4200"/><rect width="1.4" height="0.4" fill="#6b4200"/></pattern></defs>';
  const entries = [
    [box() + '<polygon points="6.9,0.3 9,1.8 6.9,3.3" fill="#1f5fa8"/>', t('result.legend.open')],
    [box('#1f5fa8', '0.3', 'stroke-dasharray="0.9 0.5"'), t('result.legend.incomplete')],
    [
      patterns +
        box() +
        '<rect x="0.3" y="0.4" width="6.6" height="2.8" fill="url(#lg-b)" fill-opacity="0.55"/>',
      `${t('result.marker.blocked')} – ${t('result.legend.blocked')}`,
    ],
    [
      patterns +
        box('#6b4200', '0.45') +
        '<rect x="0.3" y="0.4" width="6.6" height="2.8" fill="url(#lg-f)" fill-opacity="0.55"/>',
      `${t('result.marker.fraud')} – ${t('result.legend.fraud')}`,
    ],
    [
      '<polyline points="1.6,0.6 0.3,1.8 1.6,3" fill="none" stroke="#1f5fa8" stroke-width="0.35"/>' +
        '<rect x="2" y="0.4" width="5" height="2.8" fill="#e6eef9" stroke="#1f5fa8" stroke-width="0.25"/>' +
        '<polyline points="7.4,0.6 8.7,1.8 7.4,3" fill="none" stroke="#1f5fa8" stroke-width="0.35"/>',
      texts.clipped,
    ],
    [
      '<line x1="4.5" y1="0" x2="4.5" y2="3.6" stroke="#c62828" stroke-width="0.3" stroke-dasharray="1.2 0.8"/>',
      texts.consultation,
    ],
  ];
  return entries as [string, string][];
}

function legend(model: ReportModel): string {
  return (
    `<ul class="legend" aria-label="${e(model.t('result.legend.title'))}">` +
    legendEntries(model)
      .map(([swatch, label]) => `<li>${legendSwatch(swatch)}${e(label)}</li>`)
      .join('') +
    '</ul>'
  );
}

/** On the first page: the answer is incomplete, which sections are missing, and why. */
function missingNotice(model: ReportModel): string {
  const missing = model.missingSections;
  if (missing.length === 0) return '';
  return (
    `<div class="notice missing"><strong>${e(
      model.t('report.document.incomplete', { count: missing.length }),
    )}</strong><ul>` +
    missing
      .map(
        (section) =>
          `<li>${e(section.notice)}<span class="reason">${e(section.reason)}</span></li>`,
      )
      .join('') +
    '</ul></div>'
  );
}

/** The notices under the cover's facts: NISS replaced, answer completed, nothing found. */
export function coverNotices(inquiry: Inquiry, model: ReportModel): string[] {
  const { t } = model;
  const notices: string[] = [];
  if (inquiry.nissReplaced) {
    notices.push(t('result.replaced', { requested: model.requestedNiss, final: model.niss }));
  }
  if (inquiry.answerVersion === 1) notices.push(t('result.completedBy'));
  if (!inquiry.dataFound) notices.push(t('result.noData'));
  return notices;
}

export interface SummaryRow {
  title: string;
  /** "not given by the BCSS" for a missing section, instead of counts. */
  missing: string | null;
  /** Periods, ongoing, blocked, fraud ('' for none). */
  counts: string[];
}

/** The cover's summary: one row per lane, then one per supplement consulted (a reader of page 1 learns of them). */
export function summaryRows(model: ReportModel): SummaryRow[] {
  const { t } = model;
  const lanes = model.lanes.map((lane): SummaryRow => {
    const title = `${lane.number}. ${lane.title}`;
    if (lane.missing) return { title, missing: t('result.missing.count'), counts: [] };
    const items = lane.rows.map((row) => row.item);
    const count = (test: (item: (typeof items)[number]) => boolean) =>
      String(items.filter(test).length || '');
    return {
      title,
      missing: null,
      counts: [
        String(items.length),
        count((i) => i.end === null),
        count((i) => i.markers.blocked),
        count((i) => i.markers.fraud),
      ],
    };
  });
  const supplements = [
    model.registerExtract && {
      number: model.registerExtract.number,
      title: model.registerExtract.title,
      rows: model.registerExtract.tables.flatMap((table) => table.rows),
    },
    model.foreignerSituation && {
      number: model.foreignerSituation.number,
      title: model.foreignerSituation.title,
      rows: [
        ...model.foreignerSituation.employmentCards.map((row) => ({ current: !row.closed.text })),
        ...model.foreignerSituation.workPermits.map((row) => ({ current: !row.closed.text })),
        ...model.foreignerSituation.specialInfos.map(() => ({ current: false })),
      ],
    },
  ]
    .filter((entry) => !!entry)
    .map((entry): SummaryRow => ({
      title: `${entry.number}. ${entry.title}`,
      missing: null,
      counts: [
        String(entry.rows.length),
        String(entry.rows.filter((row) => row.current).length || ''),
        '',
        '',
      ],
    }));
  return [...lanes, ...supplements];
}

function cover(inquiry: Inquiry, model: ReportModel): string {
  const { t, texts } = model;
  const fact = (label: string, value: string, className = '') =>
    `<div><dt>${e(label)}</dt><dd${className ? ` class="${className}"` : ''}>${e(value)}</dd></div>`;
  const notices = coverNotices(inquiry, model);
  const demo = model.isProduction
    ? ''
    : `<p class="demo-banner"><strong>${e(texts.demoMark)}</strong>${e(
        model.t('report.document.demoNotice', { environment: model.environment.toUpperCase() }),
      )}</p>`;
  const tickets = model.tickets
    .map(
      (ticket) =>
        `<tr><td>${e(ticket.service)}${ticket.requestType ? ` · ${e(ticket.requestType)}` : ''}</td>` +
        `<td class="mono">${e(ticket.ticketCBSS ?? t('result.facts.noTicket'))}</td>` +
        `<td class="mono">${e(ticket.ticket)}</td></tr>`,
    )
    .join('');
  const summary = summaryRows(model)
    .map((row) =>
      row.missing
        ? `<tr class="missing"><td>${e(row.title)}</td><td colspan="4">${e(row.missing)}</td></tr>`
        : `<tr><td>${e(row.title)}</td>` +
          row.counts.map((count) => `<td class="num">${e(count)}</td>`).join('') +
          `</tr>`,
    )
    .join('');
  return (
    `<section class="cover"><h1>${e(texts.title)}</h1>${demo}` +
    `<dl class="facts">` +
    fact(`${texts.person} – ${t('result.facts.finalNiss')}`, model.niss, 'niss') +
    fact(texts.nissKind, model.nissKind) +
    fact(t('result.facts.period'), `${model.period.from} – ${model.period.to}`) +
    fact(t('result.facts.consultedAt'), model.consultedAt) +
    fact(texts.cpas, `${model.cpasName} (${texts.cbe} ${model.cbe})`) +
    fact(texts.investigator, model.investigator) +
    fact(texts.legalContext, inquiry.request.legalContext) +
    fact(
      t('result.facts.environment'),
      `${model.environment.toUpperCase()} – ${t(`environment.${model.environment}`)}`,
    ) +
    `</dl>` +
    notices.map((notice) => `<p class="notice">${e(notice)}</p>`).join('') +
    missingNotice(model) +
    `<h2>${e(t('result.facts.tickets'))}</h2>` +
    `<table class="tickets"><thead><tr><th>${e(t('result.panel.source'))}</th><th>${e(t('errorInfo.ticket'))}</th><th>${e(texts.ownTicket)}</th></tr></thead>` +
    `<tbody>${tickets}</tbody></table>` +
    `<h2>${e(texts.summary)}</h2>` +
    `<table class="summary"><thead><tr><th>${e(t('result.panel.lane'))}</th><th>${e(texts.periods)}</th>` +
    `<th>${e(t('result.ongoing'))}</th><th>${e(t('result.marker.blocked'))}</th><th>${e(t('result.marker.fraud'))}</th></tr></thead>` +
    `<tbody>${summary}</tbody></table>` +
    // Also here, not only in the page footer: the HTML export printed from a browser has no footer.
    `<p class="note">${e(texts.confidential)} ${e(model.generatedAt)}.</p></section>`
  );
}

function timelinePage(inquiry: Inquiry, model: ReportModel): string {
  const geometry = {
    widthMm: PAGE.width - 2 * PAGE.side,
    maxHeightMm: bodyHeightMm(model) - TIMELINE_CHROME_MM,
    consultedAt: inquiry.consultedAt,
  };
  const drawing = (period: { from: string; to: string }) => {
    const { svg, overlapped } = renderTimelineSvg(model, { ...geometry, period });
    const note = model.t('report.document.overlapping', { count: overlapped });
    return svg + (overlapped > 0 ? `<p class="note">${e(note)}</p>` : '');
  };
  const scope = model.t('report.document.timelineScope', {
    from: model.period.from,
    to: model.period.to,
    count: model.itemCount,
    lanes: model.lanes.filter((lane) => lane.rows.length > 0).length,
  });
  const window = dataWindow(inquiry.items, inquiry.request.period, inquiry.consultedAt);
  const zoom = window
    ? `<section class="timeline-page"><h2>${e(
        model.t('report.document.timelineDetail', {
          from: isoToDisplayDate(window.from),
          to: isoToDisplayDate(window.to),
        }),
      )}</h2>${drawing(window)}${legend(model)}</section>`
    : '';
  return (
    `<section class="timeline-page"><h2>${e(model.texts.timeline)}</h2>` +
    `<p>${e(scope)}</p>${drawing(inquiry.request.period)}${legend(model)}</section>${zoom}`
  );
}

function lanesSection(model: ReportModel): string {
  return (
    `<section class="lanes"><h2>${e(model.texts.lanes)}</h2>` +
    `<p class="note">${e(
      model.t('report.document.markersNote', {
        blocked: model.t('result.marker.blocked'),
        fraud: model.t('result.marker.fraud'),
        column: model.t('result.table.markers'),
      }),
    )}</p>\n` +
    model.lanes.map((lane) => laneTable(model, lane)).join('\n') +
    `</section>`
  );
}

/** Each section's HTML, keyed as report-sections.ts lists them (report-pdf.ts draws the same ones). */
const htmlSections: Record<ReportSectionId, (inquiry: Inquiry, model: ReportModel) => string> = {
  cover,
  findings: (_inquiry, model) => findingsSectionHtml(model.answers, model.t, model.texts.ref),
  situation: (_inquiry, model) => situationSectionHtml(model.answers, model.t),
  comparison: (_inquiry, model) => comparisonSectionHtml(model.answers, model.t, model.texts.ref),
  timeline: timelinePage,
  lanes: (_inquiry, model) => lanesSection(model),
  registerExtract: (_inquiry, model) => registerExtractSection(model),
  foreignerSituation: (_inquiry, model) => foreignerSituationSection(model),
};

/** The model already built (the PDF path builds it once for the page options too). */
export function renderReportHtmlFromModel(inquiry: Inquiry, model: ReportModel): string {
  const title = labelled(model, model.texts.title, model.niss);
  return (
    `<!DOCTYPE html><html lang="${model.language}"><head><meta charset="utf-8">` +
    // Defence in depth for the print page: nothing but this document's own inline styles may load or run.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">` +
    `<title>${e(title)}</title><style>${styles()}</style></head><body>` +
    REPORT_SECTIONS.map((id) => htmlSections[id](inquiry, model)).join('') +
    `</body></html>`
  );
}

export function renderReportHtml(inquiry: Inquiry, context: ReportContext): string {
  return renderReportHtmlFromModel(inquiry, buildReportModel(inquiry, context));
}
