// The inquiry as a spreadsheet-ready CSV: one row per period (and per register entry, work document, special info,
// and per section the BCSS did not give, marked as such), ';' separator, UTF-8 BOM, headers in the UI language.
import type { Inquiry } from '../../shared/domain/inquiry';
import { buildReportModel, type ReportContext, type ReportModel } from './report-model';

export const REPORT_CSV_COLUMNS = [
  'ref',
  'lane',
  'subLane',
  'begin',
  'end',
  'code',
  'label',
  'markers',
  'details',
  'source',
] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

// The BOM makes Excel read UTF-8 (accents, ⊘, ⚠); ';' is the list separator of Belgian Excel (fr-BE, nl-BE).
const BOM = '\uFEFF';
/** RFC 4180 line ends: what Excel and LibreOffice expect. */
const EOL = '\r\n';
/** Between the attributes of one period, inside its single "details" cell. */
export const DETAIL_SEPARATOR = ' | ';

export function csvHeaders(model: ReportModel): Record<ReportCsvColumn, string> {
  const { t, texts } = model;
  return {
    ref: texts.ref,
    lane: t('result.panel.lane'),
    subLane: t('result.table.subLane'),
    begin: t('result.table.begin'),
    end: t('result.table.end'),
    code: texts.code,
    label: t('result.table.label'),
    markers: t('result.table.markers'),
    details: texts.details,
    source: t('result.panel.source'),
  };
}

/**
 * A cell as a spreadsheet must get it: text that Excel would run as a formula (CSV injection: '=', '+',
 * '-', '@', and tab or CR that some versions skip first) is defused by a leading apostrophe; fields with
 * the separator, quotes, line breaks or edge spaces are quoted.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The supplements' rows in the lanes' columns: the section in "lane", the information type or document kind
 * in "subLane", the validity in begin/end, the TI code, document number or residence reason in code/label.
 */
function supplementRows(model: ReportModel, colon: string): Record<ReportCsvColumn, string>[] {
  const { texts } = model;
  const rows: Record<ReportCsvColumn, string>[] = [];
  const pairs = (list: [string, string][]) =>
    list
      .filter(([, value]) => value !== '')
      .map(([label, value]) => `${label}${colon}${value}`)
      .join(DETAIL_SEPARATOR);
  const extract = model.registerExtract;
  if (extract) {
    for (const table of extract.tables) {
      for (const row of table.rows) {
        rows.push({
          ref: row.ref,
          lane: extract.title,
          subLane: table.xmlGroups.join(', '),
          begin: row.date.text,
          end: row.end.text,
          code: table.code,
          label: table.title,
          markers: '',
          details: row.fields.map((d) => `${d.label}${colon}${d.value}`).join(DETAIL_SEPARATOR),
          source: 'Tx25',
        });
      }
    }
  }
  const foreigner = model.foreignerSituation;
  if (foreigner) {
    const documents = [
      ...foreigner.employmentCards.map((row) => ({ row, kind: texts.employmentCards })),
      ...foreigner.workPermits.map((row) => ({ row, kind: texts.workPermits })),
    ];
    for (const { row, kind } of documents) {
      rows.push({
        ref: row.ref,
        lane: foreigner.title,
        subLane: kind,
        begin: row.validFrom.text,
        end: row.expiry.text,
        code: row.number,
        label: kind,
        markers: '',
        details: pairs([
          [texts.closed, row.closed.text],
          [texts.comment, row.comment],
        ]),
        source: 'ForeignerSituation',
      });
    }
    for (const row of foreigner.specialInfos) {
      rows.push({
        ref: row.ref,
        lane: foreigner.title,
        subLane: texts.specialInfos,
        begin: row.inception.text,
        end: row.expiry.text,
        code: row.reasonCode,
        label: row.reasonLabel,
        markers: '',
        details: pairs([
          [texts.reunification, row.reunification],
          [texts.comment, row.comments],
        ]),
        source: 'ForeignerSituation',
      });
    }
  }
  return rows;
}

export function renderReportCsvFromModel(model: ReportModel): string {
  const headers = csvHeaders(model);
  const colon = model.language === 'fr' ? ' : ' : ': ';
  const lines = [REPORT_CSV_COLUMNS.map((column) => csvField(headers[column])).join(';')];
  for (const lane of model.lanes) {
    if (lane.missing) {
      // One line where the lane's rows would be: not available (unknown), which no empty lane says.
      const cells: Record<ReportCsvColumn, string> = {
        ref: String(lane.number),
        lane: lane.title,
        subLane: '',
        begin: '',
        end: '',
        code: lane.missing.requestType,
        label: lane.missing.notice,
        markers: '',
        details: lane.missing.reason,
        source: model.t('result.service.ListOfAttestation'),
      };
      lines.push(REPORT_CSV_COLUMNS.map((column) => csvField(cells[column])).join(';'));
    }
    for (const row of lane.rows) {
      const cells: Record<ReportCsvColumn, string> = {
        ref: row.ref,
        lane: lane.title,
        subLane: row.subLane,
        begin: row.begin.text,
        end: row.end.text,
        code: row.code,
        label: row.label,
        markers: row.markers.map((marker) => marker.text).join(DETAIL_SEPARATOR),
        details: row.details.map((d) => `${d.label}${colon}${d.value}`).join(DETAIL_SEPARATOR),
        source: model.t(`result.service.${row.item.source}`),
      };
      lines.push(REPORT_CSV_COLUMNS.map((column) => csvField(cells[column])).join(';'));
    }
  }
  // One row per finding, after the periods: its severity, its sentence, the rows it concerns, its rule.
  model.answers.findings.forEach((finding, index) => {
    const cells: Record<ReportCsvColumn, string> = {
      ref: `F${index + 1}`,
      lane: model.t('answers.findings.title'),
      subLane: finding.severityText,
      begin: '',
      end: '',
      code: finding.refs.join(DETAIL_SEPARATOR),
      label: finding.text,
      markers: '',
      details: finding.basis,
      source: '',
    };
    lines.push(REPORT_CSV_COLUMNS.map((column) => csvField(cells[column])).join(';'));
  });
  // When the report was asked with an earlier inquiry: one row per change (C1, C2, ...), periods then
  // findings, under the comparison's title; the period's row number in this report, what changed.
  const comparison = model.answers.comparison;
  if (comparison) {
    const changes = [
      ...comparison.items.map((line) => ({
        kind: line.kindText,
        code: line.ref,
        label: `${line.lane} · ${line.what}`,
        details: line.change,
      })),
      ...comparison.findings.map((line) => ({
        kind: line.kindText,
        code: '',
        label: line.text,
        details: '',
      })),
    ];
    changes.forEach((change, index) => {
      const cells: Record<ReportCsvColumn, string> = {
        ref: `C${index + 1}`,
        lane: comparison.title,
        subLane: change.kind,
        begin: '',
        end: '',
        code: change.code,
        label: change.label,
        markers: '',
        details: change.details,
        source: '',
      };
      lines.push(REPORT_CSV_COLUMNS.map((column) => csvField(cells[column])).join(';'));
    });
  }
  for (const cells of supplementRows(model, colon)) {
    lines.push(REPORT_CSV_COLUMNS.map((column) => csvField(cells[column])).join(';'));
  }
  return BOM + lines.join(EOL) + EOL;
}

export function renderReportCsv(inquiry: Inquiry, context: ReportContext): string {
  return renderReportCsvFromModel(buildReportModel(inquiry, context));
}
