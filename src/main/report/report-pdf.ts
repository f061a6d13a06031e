// The report's sections drawn with PDFKit: the same content, order and print rules as the HTML report
// (report-html.ts), page by page: A4 landscape, the header (CPAS, person, tickets) and footer ("page X / Y")
// on every page, table rows never split, a table's head repeated on each page it runs over.
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Inquiry } from '../../shared/domain/inquiry';
import { isoToDisplayDate } from '../../shared/domain/period';
import { laneColours } from '../../shared/presentation/lane-palette';
import { headerHeightMm, labelled, PAGE, secondLine, TIMELINE_CHROME_MM } from './page-layout';
import { reportFonts } from './pdf-fonts';
import { MM, PdfWriter, type Cell, type Para, type Run, type TableRow } from './pdf-layout';
import { legendEntries, coverNotices, summaryRows, laneColumns } from './report-html';
import type { DateCell, ReportLane, ReportModel, ReportRow, WorkDocumentRow } from './report-model';
import { dataWindow, renderTimelineSvg } from './report-svg';
import { REPORT_SECTIONS, type ReportSectionId } from './report-sections';
import {
  extractColumns,
  extractTableHead,
  specialInfoColumns,
  workDocumentColumns,
} from './supplement-tables';

const INK = '#111111';
const MUTED = '#46505e';
const BODY = 8;
const TABLE = 7;

const text = (value: string, size = BODY, extra: Partial<Para> = {}): Para => ({
  runs: [{ text: value }],
  size,
  ...extra,
});
const bold = (value: string, size = BODY, extra: Partial<Para> = {}): Para => ({
  runs: [{ text: value, face: 'bold' }],
  size,
  ...extra,
});

/** 'Label : value · Label : value', the labels in grey, as the HTML's details. */
function detailRuns(model: ReportModel, details: { label: string; value: string }[]): Run[] {
  const colon = model.language === 'fr' ? '\u00a0:' : ':';
  return details.flatMap((d, i) => [
    ...(i > 0 ? [{ text: ' · ' }] : []),
    { text: `${d.label}${colon}`, color: MUTED },
    { text: `\u00a0${d.value}` },
  ]);
}

function dateCell(cell: DateCell, size = TABLE): Cell {
  return cell.note
    ? [
        text(cell.text, size),
        { runs: [{ text: cell.note, face: 'italic' }], size: 6.5, color: MUTED },
      ]
    : [text(cell.text, size)];
}

function heading(w: PdfWriter, value: string, size = 11.5): void {
  w.space(4 * MM);
  // A heading never ends a page: it keeps a few lines of what follows with it.
  w.paragraph(bold(value, size), { keepWith: 12 * MM });
  w.space(1.5 * MM);
}

function pageHeading(w: PdfWriter, value: string): void {
  if (w.y > w.area.top) w.newPage();
  w.paragraph(bold(value, 11.5), { keepWith: 12 * MM });
  w.space(1.5 * MM);
}

function notice(w: PdfWriter, runs: Run[], missing = false): void {
  w.paragraph(
    { runs, size: BODY },
    { box: missing ? { fill: '#fdecec', bar: '#a31515' } : { fill: '#fff6e5', bar: '#b26a00' } },
  );
  w.space(1.2 * MM);
}

function cover(w: PdfWriter, inquiry: Inquiry, model: ReportModel): void {
  const { t, texts } = model;
  w.paragraph(bold(texts.title, 15));
  w.space(2.5 * MM);
  if (!model.isProduction) {
    w.paragraph(
      {
        runs: [
          { text: `${texts.demoMark}  `, face: 'bold', color: '#a31515' },
          {
            text: t('report.document.demoNotice', {
              environment: model.environment.toUpperCase(),
            }),
          },
        ],
        size: 9,
      },
      { box: { fill: '#fdecec', bar: '#a31515' } },
    );
  }
  // The facts: four columns, two rows, each with its blue bar.
  const facts: [string, string, boolean][] = [
    [`${texts.person} – ${t('result.facts.finalNiss')}`, model.niss, true],
    [texts.nissKind, model.nissKind, false],
    [t('result.facts.period'), `${model.period.from} – ${model.period.to}`, false],
    [t('result.facts.consultedAt'), model.consultedAt, false],
    [texts.cpas, `${model.cpasName} (${texts.cbe} ${model.cbe})`, false],
    [texts.investigator, model.investigator, false],
    [texts.legalContext, inquiry.request.legalContext, false],
    [
      t('result.facts.environment'),
      `${model.environment.toUpperCase()} – ${t(`environment.${model.environment}`)}`,
      false,
    ],
  ];
  w.space(3 * MM);
  const gap = 4 * MM;
  const columnWidth = (w.contentWidth - 3 * gap) / 4;
  for (let r = 0; r < facts.length; r += 4) {
    const laid = facts
      .slice(r, r + 4)
      .map(([label, value, big]) =>
        w.layoutCell(
          [text(label, 7, { color: MUTED }), big ? bold(value, 13) : text(value, 9)],
          columnWidth - 2 * MM,
        ),
      );
    const height = Math.max(...laid.map((l) => l.height));
    w.ensure(height);
    laid.forEach((cell, i) => {
      const x = w.area.left + i * (columnWidth + gap);
      w.fillRect(x, w.y, 0.6 * MM, height, '#1f5fa8');
      w.drawCell(cell.paras, x + 2 * MM, w.y);
    });
    w.y += height + 1.5 * MM;
  }
  w.space(1.5 * MM);
  for (const line of coverNotices(inquiry, model)) notice(w, [{ text: line }]);
  if (model.missingSections.length > 0) {
    notice(
      w,
      [
        {
          text: t('report.document.incomplete', { count: model.missingSections.length }),
          face: 'bold',
        },
        ...model.missingSections.flatMap((section) => [
          { text: `\n• ${section.notice}` },
          { text: `\n   ${section.reason}`, color: MUTED },
        ]),
      ],
      true,
    );
  }
  heading(w, t('result.facts.tickets'));
  w.table({
    columns: [70 * MM, 75 * MM, 75 * MM],
    width: 220 * MM,
    header: [
      [bold(t('result.panel.source'))],
      [bold(t('errorInfo.ticket'))],
      [bold(texts.ownTicket)],
    ],
    rows: model.tickets.map((ticket) => ({
      cells: [
        [text(`${ticket.service}${ticket.requestType ? ` · ${ticket.requestType}` : ''}`)],
        [
          {
            runs: [{ text: ticket.ticketCBSS ?? t('result.facts.noTicket'), face: 'mono' }],
            size: 7.5,
          },
        ],
        [{ runs: [{ text: ticket.ticket, face: 'mono' }], size: 7.5 }],
      ],
    })),
  });
  heading(w, texts.summary);
  w.table({
    columns: [80 * MM, 25 * MM, 25 * MM, 25 * MM, 25 * MM],
    width: 180 * MM,
    header: [
      [bold(t('result.panel.lane'))],
      [bold(texts.periods)],
      [bold(t('result.ongoing'))],
      [bold(t('result.marker.blocked'))],
      [bold(t('result.marker.fraud'))],
    ],
    rows: summaryRows(model).map((row): TableRow => ({
      cells: row.missing
        ? [
            [text(row.title, BODY, { color: '#a31515' })],
            [text(row.missing, BODY, { color: '#a31515' })],
            [],
            [],
            [],
          ]
        : [[text(row.title)], ...row.counts.map((count) => [text(count)])],
    })),
  });
  w.space(1.2 * MM);
  w.paragraph({
    runs: [{ text: `${texts.confidential} ${model.generatedAt}.`, face: 'italic' }],
    size: 6.5,
    color: MUTED,
  });
}

function findings(w: PdfWriter, model: ReportModel): void {
  const { t } = model;
  heading(w, t('answers.findings.title'));
  if (model.answers.findings.length === 0) {
    w.paragraph(text(t('answers.findings.none')));
    return;
  }
  w.table({
    columns: [30 * MM, 0, 70 * MM, 40 * MM],
    header: [
      [],
      [bold(t('answers.findings.title'))],
      [bold(t('answers.findings.rule'))],
      [bold(model.texts.ref)],
    ],
    rows: model.answers.findings.map((f) => ({
      cells: [
        [bold(f.severityText, BODY, { color: f.severity === 'blocking' ? '#8c1a14' : INK })],
        [text(f.text)],
        [text(f.basis)],
        [text(f.refs.join(', '))],
      ],
    })),
  });
}

function situation(w: PdfWriter, model: ReportModel): void {
  const { situation: s } = model.answers;
  heading(w, s.title);
  w.table({
    columns: [60 * MM, 120 * MM],
    width: 180 * MM,
    rows: s.lines.map((line) => ({
      cells: [
        [bold(line.title)],
        line.values.length === 0
          ? [{ runs: [{ text: model.t('answers.situation.none'), face: 'italic' }], size: BODY }]
          : line.values.map((value) => text(value)),
      ],
    })),
  });
}

/** The changes since the earlier inquiry (nothing when none was asked): a table of periods, then the findings. */
function comparison(w: PdfWriter, model: ReportModel): void {
  const { comparison: c } = model.answers;
  if (!c) return;
  const { t } = model;
  heading(w, c.title);
  if (c.items.length === 0 && c.findings.length === 0) {
    w.paragraph(text(t('answers.comparison.none')));
    return;
  }
  if (c.items.length > 0) {
    w.table({
      columns: [30 * MM, 45 * MM, 0, 60 * MM, 25 * MM],
      header: [
        [bold(t('answers.comparison.kindColumn'))],
        [bold(t('answers.comparison.laneColumn'))],
        [bold(t('answers.comparison.whatColumn'))],
        [bold(t('answers.comparison.changeColumn'))],
        [bold(model.texts.ref)],
      ],
      rows: c.items.map((line) => ({
        cells: [
          [bold(line.kindText)],
          [text(line.lane)],
          [text(line.what)],
          [text(line.change)],
          [text(line.ref)],
        ],
      })),
    });
  }
  for (const line of c.findings) w.paragraph(text(`${line.kindText} — ${line.text}`));
}

function svg(w: PdfWriter, markup: string, widthMm: number, heightMm: number): void {
  w.flush();
  // Square corners: a 0.3 mm radius does not show in print, and its curves were a third of the drawing's time.
  SVGtoPDF(w.doc, markup.replace(/ rx="[^"]*"/g, ''), w.area.left, w.y, {
    width: widthMm * MM,
    height: heightMm * MM,
    fontCallback: (_family, isBold) => w.font(isBold ? 'bold' : 'regular'),
  });
  w.y += heightMm * MM;
}

function legend(w: PdfWriter, model: ReportModel): void {
  w.space(1.5 * MM);
  let x = w.area.left;
  const size = 7;
  w.ensure(5 * MM);
  for (const [swatch, label] of legendEntries(model)) {
    const labelWidth = w.measure(label, 'regular', size);
    if (x + 11 * MM + labelWidth > w.area.left + w.contentWidth) {
      x = w.area.left;
      w.y += 4.5 * MM;
    }
    w.flush();
    SVGtoPDF(
      w.doc,
      `<svg xmlns="http://www.w3.org/2000/svg" width="9mm" height="3.6mm" viewBox="0 0 9 3.6">${swatch}</svg>`,
      x,
      w.y,
      { width: 9 * MM, height: 3.6 * MM },
    );
    w.drawCell(
      [{ para: text(label, size), lines: w.wrap(text(label, size), labelWidth + 1) }],
      x + 10.5 * MM,
      w.y,
    );
    x += 10.5 * MM + labelWidth + 5 * MM;
  }
  w.y += 4.5 * MM;
}

function timeline(w: PdfWriter, inquiry: Inquiry, model: ReportModel): void {
  const geometry = {
    widthMm: PAGE.width - 2 * PAGE.side,
    maxHeightMm: PAGE.height - headerHeightMm(model) - PAGE.bottom - TIMELINE_CHROME_MM,
    consultedAt: inquiry.consultedAt,
  };
  const drawing = (period: { from: string; to: string }) => {
    const { svg: markup, heightMm, overlapped } = renderTimelineSvg(model, { ...geometry, period });
    svg(w, markup, geometry.widthMm, heightMm);
    if (overlapped > 0)
      w.paragraph({
        runs: [
          { text: model.t('report.document.overlapping', { count: overlapped }), face: 'italic' },
        ],
        size: 6.5,
        color: MUTED,
      });
  };
  pageHeading(w, model.texts.timeline);
  w.paragraph(
    text(
      model.t('report.document.timelineScope', {
        from: model.period.from,
        to: model.period.to,
        count: model.itemCount,
        lanes: model.lanes.filter((lane) => lane.rows.length > 0).length,
      }),
    ),
  );
  w.space(1.2 * MM);
  drawing(inquiry.request.period);
  legend(w, model);
  const window = dataWindow(inquiry.items, inquiry.request.period, inquiry.consultedAt);
  if (window) {
    pageHeading(
      w,
      model.t('report.document.timelineDetail', {
        from: isoToDisplayDate(window.from),
        to: isoToDisplayDate(window.to),
      }),
    );
    drawing(window);
    legend(w, model);
  }
}

const BADGES: Record<string, { color: string; fill: string }> = {
  blocked: { color: '#8c1a14', fill: '#fde2e1' },
  fraud: { color: '#6b4200', fill: '#fff0d1' },
  mainBeneficiary: { color: '#17497f', fill: '#e6eef9' },
  partner: { color: '#4d2f7a', fill: '#f0eaf8' },
  parentProcedure: { color: '#3b4657', fill: '#eef1f4' },
};

function laneRow(model: ReportModel, lane: ReportLane, row: ReportRow): TableRow {
  const markers: Cell = row.markers.map((marker) => {
    const style = BADGES[marker.kind] ?? { color: INK, fill: '#ffffff' };
    return {
      runs: [{ text: marker.text, face: 'bold' }],
      size: 6.5,
      color: style.color,
      badge: { fill: style.fill, stroke: style.color },
      after: 0.8,
    };
  });
  return {
    fill: row.item.markers.blocked || row.item.markers.fraud ? '#fff8f0' : undefined,
    cells: [
      [text(row.ref, TABLE, { color: MUTED })],
      ...(lane.hasSubLanes ? [[text(row.subLane, TABLE)]] : []),
      dateCell(row.begin),
      dateCell(row.end),
      [text(row.label, TABLE), text(row.code, 6.3, { color: MUTED })],
      markers,
      [{ runs: detailRuns(model, row.tableDetails), size: TABLE }],
    ],
  };
}

function laneTable(w: PdfWriter, model: ReportModel, lane: ReportLane): void {
  const { t, texts } = model;
  const colours = laneColours(lane.id, null);
  const columns = laneColumns(model, lane);
  const headRuns: Run[] = [
    { text: `${lane.number}. ${lane.title}`, face: 'bold' },
    ...(lane.missing
      ? []
      : [{ text: `   ${t('result.lanes.count', { count: lane.rows.length })}`, color: MUTED }]),
    ...(lane.missing || lane.rows.length > 0
      ? []
      : [{ text: ` – ${t('result.empty')}`, face: 'italic' as const, color: MUTED }]),
  ];
  const head: Cell = [{ runs: headRuns, size: 9.5 }];
  if (lane.commonDetails.length > 0) {
    head.push({
      runs: [{ text: `${texts.allPeriods} – ` }, ...detailRuns(model, lane.commonDetails)],
      size: TABLE,
    });
  }
  if (lane.missing) {
    head.push(bold(lane.missing.text, TABLE, { color: '#a31515' }));
    head.push(text(lane.missing.reason, TABLE, { color: MUTED }));
  }
  const empty = lane.missing || lane.rows.length === 0;
  w.table({
    columns: columns.map((c) => c.width * MM),
    head: { cell: head, fill: colours.fill, bar: colours.stroke },
    header: empty ? undefined : columns.map((c) => [bold(c.title, TABLE)]),
    rows: empty ? [] : lane.rows.map((row) => laneRow(model, lane, row)),
  });
  w.space(4 * MM);
}

function lanes(w: PdfWriter, model: ReportModel): void {
  pageHeading(w, model.texts.lanes);
  w.paragraph({
    runs: [
      {
        text: model.t('report.document.markersNote', {
          blocked: model.t('result.marker.blocked'),
          fraud: model.t('result.marker.fraud'),
          column: model.t('result.table.markers'),
        }),
        face: 'italic',
      },
    ],
    size: 6.5,
    color: MUTED,
  });
  w.space(1.5 * MM);
  for (const lane of model.lanes) laneTable(w, model, lane);
}

/** A supplement's table: the lanes' print rules, its own columns. */
function supplementTable(
  w: PdfWriter,
  head: { title: string; note?: string; unknown?: boolean },
  columns: { width: number; title: string }[],
  rows: TableRow[],
  empty: string,
): void {
  const runs: Run[] = [
    { text: head.title, face: head.unknown ? 'italic' : 'bold' },
    ...(head.note ? [{ text: `   ${head.note}`, color: MUTED }] : []),
    ...(rows.length === 0 ? [{ text: ` – ${empty}`, face: 'italic' as const, color: MUTED }] : []),
  ];
  w.table({
    columns: columns.map((c) => c.width * MM),
    head: { cell: [{ runs, size: 9.5 }], fill: '#eef1f4', bar: head.unknown ? '#9aa3ae' : MUTED },
    header: rows.length === 0 ? undefined : columns.map((c) => [bold(c.title, TABLE)]),
    rows,
  });
  w.space(4 * MM);
}

function registerExtract(w: PdfWriter, model: ReportModel): void {
  const section = model.registerExtract;
  if (!section) return;
  const { t, texts } = model;
  pageHeading(w, `${section.number}. ${section.title}`);
  w.paragraph(text(labelled(model, t('result.facts.consultedAt'), section.consultedAt)));
  w.paragraph(text(section.history ? texts.extractHistory : texts.extractCurrentOnly));
  w.space(1.2 * MM);
  if (section.replacedBy)
    notice(w, [{ text: t('report.document.extractReplaced', { niss: section.replacedBy }) }]);
  if (!section.found) notice(w, [{ text: texts.extractNotFound }]);
  const columns = extractColumns(model);
  for (const table of section.tables) {
    supplementTable(
      w,
      extractTableHead(model, table),
      columns,
      table.rows.map((row) => {
        const color = row.current ? undefined : MUTED;
        return {
          cells: [
            [text(row.ref, TABLE, { color: MUTED })],
            dateCell(row.date),
            dateCell(row.end),
            [{ runs: detailRuns(model, row.fields), size: TABLE, color }],
          ],
        };
      }),
      texts.nothingRecorded,
    );
  }
}

function foreignerSituation(w: PdfWriter, model: ReportModel): void {
  const section = model.foreignerSituation;
  if (!section) return;
  const { t, texts } = model;
  pageHeading(w, `${section.number}. ${section.title}`);
  w.paragraph(
    text(
      [
        labelled(model, t('result.facts.consultedAt'), section.consultedAt),
        labelled(model, texts.aboutNiss, section.niss),
      ].join(' · '),
    ),
  );
  w.space(1.2 * MM);
  if (section.replacedBy)
    notice(w, [
      { text: t('result.replaced', { requested: model.requestedNiss, final: section.replacedBy }) },
    ]);
  notice(w, [{ text: t('foreigner.notAuthentic') }]);
  const mono = (value: string): Cell => [{ runs: [{ text: value, face: 'mono' }], size: TABLE }];
  const documentColumns = workDocumentColumns(model);
  const documentRow = (row: WorkDocumentRow): TableRow => ({
    cells: [
      [text(row.ref, TABLE, { color: MUTED })],
      mono(row.number),
      dateCell(row.validFrom),
      dateCell(row.expiry),
      dateCell(row.closed),
      [text(row.comment, TABLE)],
    ],
  });
  supplementTable(
    w,
    { title: texts.employmentCards },
    documentColumns,
    section.employmentCards.map(documentRow),
    texts.nothingRecorded,
  );
  supplementTable(
    w,
    { title: texts.workPermits },
    documentColumns,
    section.workPermits.map(documentRow),
    texts.nothingRecorded,
  );
  supplementTable(
    w,
    { title: texts.specialInfos },
    specialInfoColumns(model),
    section.specialInfos.map((row) => ({
      cells: [
        [text(row.ref, TABLE, { color: MUTED })],
        dateCell(row.inception),
        dateCell(row.expiry),
        [
          text(row.reasonLabel, TABLE),
          ...(row.reasonCode ? [text(row.reasonCode, 6.3, { color: MUTED })] : []),
        ],
        mono(row.reunification),
        [text(row.comments, TABLE)],
      ],
    })),
    texts.nothingRecorded,
  );
}

/** Every page's header and footer, drawn once the page count is known. */
function headerAndFooter(w: PdfWriter, model: ReportModel): void {
  const { doc } = w;
  const { texts, t } = model;
  const range = doc.bufferedPageRange();
  const left = PAGE.side * MM;
  const width = w.contentWidth;
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // Header: the organisation, the report, the person; then who, when, which tickets, which environment.
    let x = left;
    const top = 5 * MM;
    if (!model.isProduction) {
      const mark = texts.demoMark;
      const markWidth = w.measure(mark, 'bold', 7.5) + 3.6 * MM;
      w.fillRect(x, top - 0.3 * MM, markWidth, 4.2 * MM, '#a31515');
      w.strokeRect(x, top - 0.3 * MM, markWidth, 4.2 * MM, '#5c0b0b', 0.3 * MM);
      w.drawCell(
        [
          {
            para: bold(mark, 7.5, { color: '#ffffff' }),
            lines: w.wrap(bold(mark, 7.5, { color: '#ffffff' }), markWidth),
          },
        ],
        x + 1.8 * MM,
        top,
      );
      x += markWidth + 3 * MM;
    }
    const first: Run[] = [
      { text: model.cpasName, face: 'bold' },
      { text: `   ${texts.cbe} ${model.cbe}   ${texts.title}` },
    ];
    const nissText = `${t('result.facts.finalNiss')} ${model.niss}`;
    const nissWidth = w.measure(nissText, 'bold', 8.5);
    const firstPara: Para = { runs: first, size: 8.5, color: '#1d2733' };
    w.drawCell(
      [
        {
          para: firstPara,
          lines: w.wrap(firstPara, left + width - nissWidth - 4 * MM - x).slice(0, 1),
        },
      ],
      x,
      top,
    );
    w.drawCell(
      [
        {
          para: bold(nissText, 8.5, { color: '#1d2733' }),
          lines: w.wrap(bold(nissText, 8.5), nissWidth + 1),
        },
      ],
      left + width - nissWidth,
      top,
    );
    const facts = text(secondLine(model), 7.5, { color: '#1d2733' });
    const laid = w.layoutCell([facts], width);
    w.drawCell(laid.paras, left, top + 5 * MM);
    const rule = top + 5 * MM + laid.height + 1 * MM;
    w.line(left, rule, left + width, rule, '#1d2733', 0.3 * MM);

    // Footer: confidentiality and when it was made; the page number.
    const footerTop = (PAGE.height - PAGE.bottom) * MM + 4 * MM;
    w.line(left, footerTop, left + width, footerTop, '#8a94a3', 0.2 * MM);
    const page = `${texts.page} ${index + 1} / ${range.count}`;
    const pageWidth = w.measure(page, 'bold', 7.5);
    const noticePara = text(`${texts.confidential} ${model.generatedAt}.`, 6.5, {
      color: '#1d2733',
    });
    w.drawCell(
      [{ para: noticePara, lines: w.wrap(noticePara, width - pageWidth - 4 * MM) }],
      left,
      footerTop + 1 * MM,
    );
    w.drawCell(
      [
        {
          para: bold(page, 7.5, { color: '#1d2733' }),
          lines: w.wrap(bold(page, 7.5), pageWidth + 1),
        },
      ],
      left + width - pageWidth,
      footerTop + 1 * MM,
    );
    w.flush();
  }
}

export type PdfSection = (w: PdfWriter, inquiry: Inquiry, model: ReportModel) => void;

/** Each section's drawing, keyed as report-sections.ts lists them (report-html.ts writes the same ones). */
const pdfSections: Record<ReportSectionId, PdfSection> = {
  cover,
  findings: (w, _inquiry, model) => findings(w, model),
  situation: (w, _inquiry, model) => situation(w, model),
  comparison: (w, _inquiry, model) => comparison(w, model),
  timeline,
  lanes: (w, _inquiry, model) => lanes(w, model),
  registerExtract: (w, _inquiry, model) => registerExtract(w, model),
  foreignerSituation: (w, _inquiry, model) => foreignerSituation(w, model),
};

/** The whole document: the sections drawn in order, then every page's header and footer. */
export function renderReportPdf(inquiry: Inquiry, model: ReportModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    bufferPages: true,
    info: { Title: labelled(model, model.texts.title, model.niss), Producer: 'Inquiry Desk' },
    lang: model.language,
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const writer = new PdfWriter(doc, reportFonts(), {
    width: PAGE.width * MM,
    height: PAGE.height * MM,
    top: headerHeightMm(model) * MM,
    bottom: PAGE.bottom * MM,
    left: PAGE.side * MM,
    right: PAGE.side * MM,
  });
  for (const id of REPORT_SECTIONS) pdfSections[id](writer, inquiry, model);
  writer.flush();
  headerAndFooter(writer, model);
  doc.end();
  return done;
}
