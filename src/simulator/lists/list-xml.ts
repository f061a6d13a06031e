// Writes Nova+ list files in our model's format (resources/schemas/nova-lists/NovaListsV1.xsd), row by row, so a big
// month can be produced as a stream.
import {
  centsToAmount,
  LIST_FORMATS,
  NOVA_LISTS_NAMESPACE,
  type ErrorFrequencyRow,
  type ListHeader,
  type ListKind,
  type ListRow,
} from '../../shared/domain/nova-lists';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const element = (name: string, value: string | null | undefined, indent = '    ') =>
  value === null || value === undefined ? '' : `${indent}<${name}>${escape(value)}</${name}>\n`;

export function listOpening(kind: ListKind, header: ListHeader): string {
  const format = LIST_FORMATS[kind];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<nl:${format.root} xmlns:nl="${NOVA_LISTS_NAMESPACE}">\n` +
    `  <header>\n` +
    element('cbeNumber', header.cbe) +
    element('productionDate', header.productionDate) +
    element('sequenceNumber', String(header.sequenceNumber)) +
    (format.monthly ? element('closedMonth', header.closedMonth) : '') +
    `  </header>\n`
  );
}

export function listRowXml(row: ListRow): string {
  switch (row.kind) {
    case 'status':
      return (
        `  <statusChange>\n` +
        element('ssin', row.niss) +
        element('eventDate', row.date) +
        element('legalBasis', row.legalBasis) +
        element('dossierReference', row.dossier) +
        element('previousStatus', row.previousStatus) +
        element('newStatus', row.newStatus) +
        `  </statusChange>\n`
      );
    case 'blocking':
      return (
        `  <blocking>\n` +
        element('ssin', row.niss) +
        element('action', row.action) +
        element('eventDate', row.date) +
        element('legalBasis', row.legalBasis) +
        element('formReference', row.formReference) +
        element('dossierReference', row.dossier) +
        element('reason', row.reason) +
        (row.otherCpasCbe
          ? `    <otherCpas>\n${element('cbeNumber', row.otherCpasCbe, '      ')}${element('name', row.otherCpasName, '      ')}    </otherCpas>\n`
          : '') +
        `  </blocking>\n`
      );
    case 'statement':
      return (
        `  <statement>\n` +
        element('ssin', row.niss) +
        element('legalBasis', row.legalBasis) +
        element('dossierReference', row.dossier) +
        element('formReference', row.formReference) +
        element('concernedMonth', row.month) +
        element('amountDue', centsToAmount(row.dueCents)) +
        element('amountRecovered', centsToAmount(row.recoveredCents)) +
        `  </statement>\n`
      );
    case 'rejection':
      return (
        `  <rejection>\n` +
        element('ssin', row.niss) +
        element('legalBasis', row.legalBasis) +
        element('formReference', row.formReference) +
        element('dossierReference', row.dossier) +
        row.codes.map((code) => element('errorCode', code)).join('') +
        `  </rejection>\n`
      );
    case 'frequency':
      return (
        `    <errorCodeFrequency>\n` +
        element('errorCode', row.code, '      ') +
        element('count', String(row.count), '      ') +
        `    </errorCodeFrequency>\n`
      );
  }
}

export function listClosing(kind: ListKind, frequencies: ErrorFrequencyRow[] = []): string {
  const format = LIST_FORMATS[kind];
  const trailer = format.trailer
    ? `  <${format.trailer.wrapper}>\n${frequencies.map(listRowXml).join('')}  </${format.trailer.wrapper}>\n`
    : '';
  return `${trailer}</nl:${format.root}>\n`;
}

/** A whole list file as one string (small lists: the daily ones, the demo's). */
export function listFileXml(kind: ListKind, header: ListHeader, rows: readonly ListRow[]): string {
  const frequencies = rows.filter((row): row is ErrorFrequencyRow => row.kind === 'frequency');
  return (
    listOpening(kind, header) +
    rows
      .filter((row) => row.kind !== 'frequency')
      .map(listRowXml)
      .join('') +
    listClosing(kind, frequencies)
  );
}

/** The error codes' frequency section, counted from the rejections (as SPP IS completes the list). */
export function errorFrequencies(
  rows: readonly ListRow[],
  closedMonth: string,
): ErrorFrequencyRow[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.kind !== 'rejection') continue;
    for (const code of row.codes) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => ({ kind: 'frequency', closedMonth, code, count }));
}
