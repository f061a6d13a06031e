// The list reader: each of the four lists read from a stream, and every kind of bad file refused whole with its
// name, line and reason.
import { describe, expect, it } from 'vitest';
import type { ListRow } from '../../shared/domain/nova-lists';
import { readListFile } from './list-parser';
import { ListFileRefused } from './list-refusal';
import { chunked, demoListFiles, listFileXml, UNKNOWN_DEMO_CODE } from '../../test-support/lists';

const FILES = demoListFiles(new Date('2026-12-07T09:00:00'));
const file = (predicate: (name: string) => boolean) => FILES.find((f) => predicate(f.name))!;
const BLOCKING = file((n) => n.startsWith('NOVA_BLOCKING_') && n.includes('20261207'));
const STATUS = file((n) => n.startsWith('NOVA_STATUS_') && n.includes('20261207'));
const STATEMENT = file((n) => n.includes('STATEMENT_0207777760_202611'));
const REJECTION = file((n) => n.startsWith('NOVA_REJECTION_'));

async function read(content: string, fileName = 'list.xml', chunk = 97) {
  const rows: ListRow[] = [];
  const summary = await readListFile(chunked(content, chunk), {
    fileName,
    batchSize: 3,
    onRows: (batch) => void rows.push(...batch),
  });
  return { summary, rows };
}

async function refusal(content: string, fileName = 'bad.xml') {
  try {
    await read(content, fileName);
  } catch (error) {
    if (error instanceof ListFileRefused) return error.facts;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('a valid file of each list', () => {
  it('blocking: every row with its action, reason and other CPAS', async () => {
    const { summary, rows } = await read(BLOCKING.content);
    expect(summary.kind).toBe('blocking');
    expect(summary.header).toEqual({
      cbe: '0207777760',
      productionDate: '2026-12-07',
      sequenceNumber: 1,
      closedMonth: null,
    });
    expect(rows.length).toBe(summary.rows);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const overlap = rows.find((r) => r.kind === 'blocking' && r.reason === 'OVERLAP');
    expect(overlap).toMatchObject({
      action: 'BLOCK',
      otherCpasCbe: '0209999951',
      otherCpasName: 'CPAS de Bruxelles',
      date: '2026-12-07',
    });
    expect(rows.some((r) => r.kind === 'blocking' && r.action === 'UNBLOCK')).toBe(true);
  });

  it('status changes', async () => {
    const { summary, rows } = await read(STATUS.content);
    expect(summary.kind).toBe('status');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ kind: 'status', date: '2026-12-07' });
  });

  it('monthly statement: amounts as exact cents, the closed month on every row', async () => {
    const { summary, rows } = await read(STATEMENT.content);
    expect(summary).toMatchObject({ kind: 'statement', header: { closedMonth: '2026-11' } });
    const xmlAmounts = [...STATEMENT.content.matchAll(/<amountDue>([\d.]+)<\/amountDue>/g)].map(
      (m) => m[1],
    );
    expect(
      rows.map((r) => (r.kind === 'statement' ? (r.dueCents / 100).toFixed(2) : null)),
    ).toEqual(xmlAmounts);
    for (const row of rows) expect(row).toMatchObject({ closedMonth: '2026-11' });
  });

  it('rejections: the codes per dossier, then the frequency records', async () => {
    const { summary, rows } = await read(REJECTION.content);
    expect(summary.kind).toBe('rejection');
    const rejections = rows.filter((r) => r.kind === 'rejection');
    const frequencies = rows.filter((r) => r.kind === 'frequency');
    expect(rejections.length).toBeGreaterThan(0);
    expect(
      rejections.some((r) => r.kind === 'rejection' && r.codes.includes(UNKNOWN_DEMO_CODE)),
    ).toBe(true);
    const total = rejections.reduce((n, r) => n + (r.kind === 'rejection' ? r.codes.length : 0), 0);
    expect(frequencies.reduce((n, r) => n + (r.kind === 'frequency' ? r.count : 0), 0)).toBe(total);
  });

  it('reads the same whatever the chunking (a character split across two chunks included)', async () => {
    const withAccent = BLOCKING.content.replace('CPAS de Bruxelles', 'CPAS de Liège-Élan');
    const one = await read(withAccent, 'a.xml', 1 << 20);
    const tiny = await read(withAccent, 'a.xml', 3);
    expect(tiny.rows).toEqual(one.rows);
    expect(JSON.stringify(one.rows)).toContain('Liège-Élan');
  });

  it('an empty list (a header, no row) is a valid file: nothing happened that day', async () => {
    const { summary, rows } = await read(
      listFileXml(
        'status',
        { cbe: '0207777760', productionDate: '2026-12-06', sequenceNumber: 1, closedMonth: null },
        [],
      ),
    );
    expect(summary.rows).toBe(0);
    expect(rows).toEqual([]);
  });
});

describe('a file refused whole, with its name, line and reason', () => {
  const lineOf = (content: string, needle: string) =>
    content.slice(0, content.indexOf(needle)).split('\n').length;

  it('an invalid NISS (check digits) in a row', async () => {
    const niss = /<ssin>(\d{11})<\/ssin>/.exec(BLOCKING.content)![1]!;
    const bad = niss.slice(0, 9) + String((Number(niss.slice(9)) + 1) % 100).padStart(2, '0');
    const content = BLOCKING.content.replace(`<ssin>${niss}</ssin>`, `<ssin>${bad}</ssin>`);
    expect(await refusal(content, 'NOVA_BLOCKING_x.xml')).toEqual({
      file: 'NOVA_BLOCKING_x.xml',
      line: lineOf(content, `<ssin>${bad}`),
      reason: 'invalid-value',
      field: 'blocking/ssin',
      value: bad,
    });
  });

  it('an invalid row in each of the four lists, the last row included', async () => {
    for (const [list, element] of [
      [STATUS, 'statusChange'],
      [BLOCKING, 'blocking'],
      [STATEMENT, 'statement'],
      [REJECTION, 'rejection'],
    ] as const) {
      const all = [...list.content.matchAll(/<ssin>(\d{11})<\/ssin>/g)];
      const last = all.at(-1)!;
      // The last row's NISS with its check digits off by one.
      const bad =
        last[1]!.slice(0, 9) + String((Number(last[1]!.slice(9)) + 1) % 100).padStart(2, '0');
      const content =
        list.content.slice(0, last.index) +
        `<ssin>${bad}</ssin>` +
        list.content.slice(last.index! + last[0].length);
      expect(await refusal(content, list.name), list.name).toEqual({
        file: list.name,
        line: lineOf(content, `<ssin>${bad}`),
        reason: 'invalid-value',
        field: `${element}/ssin`,
        value: bad,
      });
    }
  });

  it('an amount with one decimal', async () => {
    const content = STATEMENT.content.replace(
      /<amountRecovered>0\.00<\/amountRecovered>/,
      '<amountRecovered>0.0</amountRecovered>',
    );
    expect(await refusal(content)).toMatchObject({
      reason: 'invalid-value',
      field: 'statement/amountRecovered',
      value: '0.0',
      line: lineOf(content, '<amountRecovered>0.0<'),
    });
  });

  it('an impossible date, an unknown legal basis, a missing field, an element out of order', async () => {
    expect(
      await refusal(STATUS.content.replace('<eventDate>2026-12-07', '<eventDate>2026-02-30')),
    ).toMatchObject({ reason: 'invalid-value', field: 'statusChange/eventDate' });
    expect(
      await refusal(STATUS.content.replace(/<legalBasis>\w+</, '<legalBasis>RMI<')),
    ).toMatchObject({ reason: 'invalid-value', field: 'statusChange/legalBasis' });
    expect(await refusal(STATUS.content.replace(/<newStatus>\w+<\/newStatus>/, ''))).toMatchObject({
      reason: 'missing-field',
      field: 'statusChange/newStatus',
    });
    expect(
      await refusal(
        STATUS.content.replace(
          /(<eventDate>[^<]+<\/eventDate>)(\s*)(<legalBasis>\w+<\/legalBasis>)/,
          '$3$2$1',
        ),
      ),
    ).toMatchObject({ reason: 'unexpected-element', field: 'statusChange/eventDate' });
  });

  it('an element the model does not have', async () => {
    expect(
      await refusal(STATUS.content.replace('<newStatus>', '<comment>x</comment><newStatus>')),
    ).toMatchObject({ reason: 'unexpected-element', field: 'statusChange/comment' });
  });

  it('an empty file', async () => {
    expect(await refusal('', 'empty.xml')).toEqual({ file: 'empty.xml', line: 0, reason: 'empty' });
    expect(await refusal('  \n\n', 'blank.xml')).toMatchObject({ reason: 'empty' });
  });

  it('a truncated file (a cut download)', async () => {
    const cut = STATEMENT.content.slice(0, Math.floor(STATEMENT.content.length / 2));
    expect(await refusal(cut, 'cut.xml')).toMatchObject({
      file: 'cut.xml',
      reason: 'truncated',
      line: cut.split('\n').length,
    });
  });

  it('malformed XML, a DOCTYPE, another root or namespace', async () => {
    expect(await refusal(STATUS.content.replace('</header>', '</headr>'))).toMatchObject({
      reason: 'malformed',
    });
    expect(
      await refusal(
        `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>${STATUS.content.slice(STATUS.content.indexOf('<nl:'))}`,
      ),
    ).toMatchObject({ reason: 'doctype' });
    expect(await refusal('<other xmlns="urn:x"/>')).toMatchObject({
      reason: 'unknown-list',
      field: 'other',
    });
    expect(
      await refusal(STATUS.content.replace('http://www.mi-is.be/xsd/nova/lists/v1', 'urn:other')),
    ).toMatchObject({ reason: 'unknown-list' });
  });

  it('a rejection list without its frequency section, a list without its header', async () => {
    expect(
      await refusal(
        REJECTION.content.replace(/<errorCodeFrequencies>[\s\S]*<\/errorCodeFrequencies>/, ''),
      ),
    ).toMatchObject({ reason: 'missing-field', field: 'rejectionList/errorCodeFrequencies' });
    expect(await refusal(STATUS.content.replace(/<header>[\s\S]*<\/header>/, ''))).toMatchObject({
      reason: 'missing-field',
      field: 'statusChangeList/header',
    });
  });
});
