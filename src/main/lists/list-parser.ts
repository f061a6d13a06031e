// Reads a Nova+ list file as a stream (saxes) and checks every row against our model as it goes: the rows come
// out in batches, so a 50,000-row month never sits whole in memory; the first fault refuses the file whole.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import {
  amountToCents,
  fieldValueFits,
  listFormatByRoot,
  NOVA_LISTS_NAMESPACE,
  type FieldSpec,
  type ListFormat,
  type ListHeader,
  type ListKind,
  type ListLegalBasis,
  type ListRow,
} from '../../shared/domain/nova-lists';
import { ListFileRefused, type ListRefusalFacts } from './list-refusal';

export interface ListFileSummary {
  kind: ListKind;
  header: ListHeader;
  /** Rows passed to onRows (the frequency records of a rejection list included). */
  rows: number;
}

export interface ReadListOptions {
  /** The file's name, for the refusal. */
  fileName: string;
  /** Receives the checked rows in order, in batches; awaited before reading on (backpressure). */
  onRows: (rows: ListRow[]) => Promise<void> | void;
  batchSize?: number;
}

type Fields = Map<string, string[]>;

interface OpenRecord {
  element: string;
  specs: FieldSpec[];
  fields: Fields;
  line: number;
  /** The index in `specs` of the last field seen: the model's order is enforced. */
  lastIndex: number;
  /** The element path inside the record (group.child). */
  path: string[];
  text: string;
}

const VALUE_SHOWN = 40;

/** Reads `source` to its end; resolves with the list's kind, header and row count, or rejects with ListFileRefused. */
export async function readListFile(
  source: AsyncIterable<Buffer | string>,
  options: ReadListOptions,
): Promise<ListFileSummary> {
  const batchSize = options.batchSize ?? 1000;
  const parser = new SaxesParser({ xmlns: false, position: true });
  function refuse(facts: Omit<ListRefusalFacts, 'file'>): never {
    throw new ListFileRefused({ file: options.fileName, ...facts });
  }

  let format: ListFormat | null = null;
  let header: ListHeader | null = null;
  let depth = 0;
  let record: OpenRecord | null = null;
  let inTrailer = false;
  let trailerSeen = false;
  let rootClosed = false;
  let rows = 0;
  let batch: ListRow[] = [];
  let failure: unknown = null;
  let sawContent = false;

  const fail = (facts: Omit<ListRefusalFacts, 'file'>) => {
    failure ??= new ListFileRefused({ file: options.fileName, ...facts });
  };

  parser.on('doctype', () => fail({ line: parser.line, reason: 'doctype' }));
  parser.on('error', (error) => {
    fail({ line: parser.line, reason: 'malformed', value: cut(error.message) });
  });
  parser.on('text', (text) => {
    if (record && record.path.length > 0) record.text += text;
    else if (text.trim() !== '')
      fail({ line: parser.line, reason: 'unexpected-element', value: cut(text.trim()) });
  });
  parser.on('cdata', (text) => {
    if (record && record.path.length > 0) record.text += text;
    else fail({ line: parser.line, reason: 'unexpected-element', value: cut(text) });
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (failure) return;
    const name = localName(tag.name);
    depth += 1;
    if (depth === 1) {
      format = listFormatByRoot(name);
      const namespace = namespaceOf(tag);
      if (!format || namespace !== NOVA_LISTS_NAMESPACE) {
        fail({ line: parser.line, reason: 'unknown-list', field: name, value: namespace ?? '' });
      }
      return;
    }
    const current = format as ListFormat | null;
    if (!current) return;
    if (record) {
      record.path.push(name);
      record.text = '';
      return;
    }
    const here = `${current.root}/${name}`;
    if (depth === 2) {
      if (name === 'header' && !header && rows === 0) {
        record = openRecord(name, current.header, parser.line);
      } else if (name === current.row.element && header && !inTrailer && !trailerSeen) {
        record = openRecord(name, current.row.fields, parser.line);
      } else if (current.trailer && name === current.trailer.wrapper && header && !trailerSeen) {
        inTrailer = true;
      } else {
        fail({
          line: parser.line,
          reason: header ? 'unexpected-element' : 'missing-field',
          field: header ? here : `${current.root}/header`,
        });
      }
      return;
    }
    if (depth === 3 && inTrailer && current.trailer && name === current.trailer.element) {
      record = openRecord(name, current.trailer.fields, parser.line);
      return;
    }
    fail({ line: parser.line, reason: 'unexpected-element', field: here });
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    depth -= 1;
    if (failure) return;
    const current = format as ListFormat | null;
    if (!current) return;
    if (record && record.path.length > 0) {
      closeField(current, record, parser.line);
      return;
    }
    if (record) {
      const done: OpenRecord = record;
      record = null;
      const fields = checkRecord(current, done);
      if (!fields) return;
      if (done.element === 'header') {
        header = toHeader(fields);
      } else {
        batch.push(toRow(current, header as ListHeader, done.element, fields));
        rows += 1;
      }
      return;
    }
    if (depth === 1 && inTrailer) {
      inTrailer = false;
      trailerSeen = true;
      return;
    }
    if (depth === 0) {
      if (!header)
        fail({ line: parser.line, reason: 'missing-field', field: `${current.root}/header` });
      else if (current.trailer && !trailerSeen)
        fail({
          line: parser.line,
          reason: 'missing-field',
          field: `${current.root}/${current.trailer.wrapper}`,
        });
      rootClosed = true;
    }
    void tag;
  });

  /** A field's text, checked against its spec when its element closes. */
  function closeField(current: ListFormat, open: OpenRecord, line: number): void {
    const name = open.path.join('.');
    open.path.pop();
    const text = open.text;
    open.text = '';
    // A group element (otherCpas) closes after its children: nothing of its own to check.
    if (open.specs.some((spec) => spec.name.startsWith(`${name}.`))) return;
    const index = open.specs.findIndex((spec) => spec.name === name);
    const field = `${open.element}/${name.replace('.', '/')}`;
    if (index < 0 || index < open.lastIndex) {
      fail({ line, reason: 'unexpected-element', field });
      return;
    }
    const spec = open.specs[index] as FieldSpec;
    const values = open.fields.get(name) ?? [];
    if (values.length >= (spec.max ?? 1)) {
      fail({ line, reason: 'unexpected-element', field });
      return;
    }
    const value = text.trim();
    if (!fieldValueFits(spec.type, value)) {
      fail({ line, reason: 'invalid-value', field, value: cut(value) });
      return;
    }
    open.lastIndex = index;
    values.push(value);
    open.fields.set(name, values);
    void current;
  }

  function checkRecord(current: ListFormat, open: OpenRecord): Fields | null {
    for (const spec of open.specs) {
      if (!spec.optional && !open.fields.has(spec.name)) {
        fail({
          line: open.line,
          reason: 'missing-field',
          field: `${open.element}/${spec.name.replace('.', '/')}`,
        });
        return null;
      }
    }
    void current;
    return open.fields;
  }

  const flush = async () => {
    if (batch.length === 0) return;
    const out = batch;
    batch = [];
    await options.onRows(out);
  };

  // A multi-byte character may straddle two chunks: the decoder keeps its first bytes for the next one.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of source) {
    let text: string;
    try {
      text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    } catch {
      refuse({ line: parser.line, reason: 'malformed', value: 'not UTF-8' });
    }
    if (!sawContent && text.trim() !== '') sawContent = true;
    parser.write(text);
    if (failure) throw failure;
    if (batch.length >= batchSize) await flush();
  }
  if (!sawContent) refuse({ line: 0, reason: 'empty' });
  const lineAtEnd = parser.line;
  try {
    parser.close();
  } catch {
    // Reported through the 'error' handler.
  }
  if (!rootClosed) {
    // The document stopped before its root closed: a cut transfer, whatever saxes said about it.
    throw new ListFileRefused({ file: options.fileName, line: lineAtEnd, reason: 'truncated' });
  }
  if (failure) throw failure;
  await flush();
  return {
    kind: (format as unknown as ListFormat).kind,
    header: header as unknown as ListHeader,
    rows,
  };
}

function openRecord(element: string, specs: FieldSpec[], line: number): OpenRecord {
  return { element, specs, fields: new Map(), line, lastIndex: -1, path: [], text: '' };
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The root's namespace, from its own declaration (the lists declare it on the root). */
function namespaceOf(tag: SaxesTagPlain): string | null {
  const colon = tag.name.indexOf(':');
  const attribute = colon < 0 ? 'xmlns' : `xmlns:${tag.name.slice(0, colon)}`;
  const value = tag.attributes[attribute];
  return typeof value === 'string' ? value : null;
}

function cut(value: string): string {
  return value.length > VALUE_SHOWN ? `${value.slice(0, VALUE_SHOWN)}…` : value;
}

const one = (fields: Fields, name: string): string => fields.get(name)?.[0] as string;
const maybe = (fields: Fields, name: string): string | null => fields.get(name)?.[0] ?? null;

function toHeader(fields: Fields): ListHeader {
  return {
    cbe: one(fields, 'cbeNumber'),
    productionDate: one(fields, 'productionDate'),
    sequenceNumber: Number(one(fields, 'sequenceNumber')),
    closedMonth: maybe(fields, 'closedMonth'),
  };
}

function toRow(format: ListFormat, header: ListHeader, element: string, fields: Fields): ListRow {
  const niss = () => one(fields, 'ssin');
  const legalBasis = () => one(fields, 'legalBasis') as ListLegalBasis;
  const closedMonth = header.closedMonth ?? '';
  if (format.trailer && element === format.trailer.element) {
    return {
      kind: 'frequency',
      closedMonth,
      code: one(fields, 'errorCode'),
      count: Number(one(fields, 'count')),
    };
  }
  switch (format.kind) {
    case 'status':
      return {
        kind: 'status',
        niss: niss(),
        date: one(fields, 'eventDate'),
        legalBasis: legalBasis(),
        dossier: maybe(fields, 'dossierReference'),
        previousStatus: maybe(fields, 'previousStatus'),
        newStatus: one(fields, 'newStatus'),
      };
    case 'blocking':
      return {
        kind: 'blocking',
        niss: niss(),
        action: one(fields, 'action') as 'BLOCK' | 'UNBLOCK',
        date: one(fields, 'eventDate'),
        legalBasis: legalBasis(),
        formReference: one(fields, 'formReference'),
        dossier: maybe(fields, 'dossierReference'),
        reason: one(fields, 'reason') as 'OVERLAP' | 'A_POSTERIORI',
        otherCpasCbe: maybe(fields, 'otherCpas.cbeNumber'),
        otherCpasName: maybe(fields, 'otherCpas.name'),
      };
    case 'statement':
      return {
        kind: 'statement',
        niss: niss(),
        legalBasis: legalBasis(),
        dossier: maybe(fields, 'dossierReference'),
        formReference: maybe(fields, 'formReference'),
        month: one(fields, 'concernedMonth'),
        closedMonth,
        dueCents: amountToCents(one(fields, 'amountDue')),
        recoveredCents: amountToCents(one(fields, 'amountRecovered')),
      };
    case 'rejection':
      return {
        kind: 'rejection',
        niss: niss(),
        legalBasis: legalBasis(),
        formReference: one(fields, 'formReference'),
        dossier: maybe(fields, 'dossierReference'),
        codes: fields.get('errorCode') ?? [],
        closedMonth,
      };
  }
}
