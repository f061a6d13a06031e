// The supplements' tables as both documents print them (report-html.ts, report-pdf.ts): their columns, in
// millimetres of the A4 landscape page (0: the rest of the width), and the heading of each Tx25 information
// type's table. One place, so the HTML for the print dialog and the PDF keep the same table.
import type { ExtractTable, ReportModel } from './report-model';

export interface SupplementColumn {
  width: number;
  title: string;
}

export interface SupplementTableHead {
  title: string;
  note: string;
  /** An information type this version does not know: printed as generic fields. */
  unknown: boolean;
}

export function extractColumns({ t, texts }: ReportModel): SupplementColumn[] {
  return [
    { width: 11, title: texts.ref },
    { width: 24, title: t('result.table.begin') },
    { width: 24, title: t('result.table.end') },
    { width: 0, title: texts.fields },
  ];
}

/** A Tx25 information type's table: its name and TI code (an unknown type's title is already its code). */
export function extractTableHead({ t }: ReportModel, table: ExtractTable): SupplementTableHead {
  return {
    title: table.known
      ? `${table.title} (${t('report.document.tiCode', { code: table.code })})`
      : table.title,
    note:
      t('report.document.entries', { count: table.rows.length }) +
      (table.known
        ? ''
        : ` – ${t('report.document.unknownType', { group: table.xmlGroups.join(', ') || '?' })}`),
    unknown: !table.known,
  };
}

/** Employment cards and work permits share their columns. */
export function workDocumentColumns({ texts }: ReportModel): SupplementColumn[] {
  return [
    { width: 11, title: texts.ref },
    { width: 40, title: texts.documentNumber },
    { width: 30, title: texts.validFrom },
    { width: 30, title: texts.expiry },
    { width: 30, title: texts.closed },
    { width: 0, title: texts.comment },
  ];
}

export function specialInfoColumns({ texts }: ReportModel): SupplementColumn[] {
  return [
    { width: 11, title: texts.ref },
    { width: 30, title: texts.issued },
    { width: 30, title: texts.expiry },
    { width: 90, title: texts.residenceReason },
    { width: 42, title: texts.reunification },
    { width: 0, title: texts.comment },
  ];
}
