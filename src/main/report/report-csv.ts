// The inquiry as a spreadsheet-ready CSV: one row per period, ';' separator, UTF-8 BOM, headers in the UI language.
import type { Inquiry } from '../../shared/inquiry';
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

export function renderReportCsvFromModel(model: ReportModel): string {
  const headers = csvHeaders(model);
  const colon = model.language === 'fr' ? ' : ' : ': ';
  const lines = [REPORT_CSV_COLUMNS.map((column) => csvField(headers[column])).join(';')];
  for (const lane of model.lanes) {
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
  return BOM + lines.join(EOL) + EOL;
}

export function renderReportCsv(inquiry: Inquiry, context: ReportContext): string {
  return renderReportCsvFromModel(buildReportModel(inquiry, context));
}
