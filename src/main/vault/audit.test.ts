import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_CSV_COLUMNS, createVault, type AuditEntryInput } from './index';
import { catalogues } from '../../shared/i18n';
import { syntheticNiss } from '../../test-support/builders';
import { tempVaultDirs } from '../../test-support/vault-dirs';

let dirs: Awaited<ReturnType<typeof tempVaultDirs>>;
let clock: Date;
beforeEach(async () => {
  dirs = await tempVaultDirs();
  clock = new Date('2025-03-10T09:00:00.000Z');
});
afterEach(async () => {
  await dirs.cleanup();
});

const open = () =>
  createVault({
    dataDir: dirs.dataDir,
    secretBox: dirs.box,
    now: () => clock,
    osUser: 'cpas\\jdoe',
  });
const auditDir = () => join(dirs.dataDir, 'vault', 'audit');

function call(partial: Partial<AuditEntryInput> = {}): AuditEntryInput {
  return {
    investigator: 'Nadia Vrancken',
    service: 'SocialInquiry',
    niss: syntheticNiss(3),
    legalContext: 'PCSA:SOCIAL_INQUIRY',
    environment: 'demo',
    outcome: 'OK',
    ticketCBSS: '5c1f4a53-8ad0-4b52-9f54-8e0f0f4f9a7e',
    ...partial,
  };
}

/** Splits CSV text the way a spreadsheet would: ';' fields, '"' quoting with doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('audit log', () => {
  it('keeps one entry per call, failures included, with the OS user and the time', async () => {
    const vault = await open();
    await vault.audit.append(call());
    clock = new Date('2025-03-10T09:00:05.000Z');
    await vault.audit.append(
      call({ outcome: 'MSG00012', ticketCBSS: '0f0c8c0e-1111-4a4a-9b9b-123456789abc' }),
    );
    await vault.audit.append(
      call({ outcome: 'timeout', ticketCBSS: null, service: 'ListOfAttestation' }),
    );
    await vault.audit.append(call({ outcome: 'MSG00001', at: '2025-03-10T08:59:00.000Z' }));
    await vault.close();

    const again = await open();
    const { entries, damaged } = await again.audit.entries({
      from: '2025-03-10',
      to: '2025-03-10',
    });
    expect(damaged).toEqual([]);
    expect(entries.map((e) => e.outcome)).toEqual(['MSG00001', 'OK', 'MSG00012', 'timeout']);
    expect(entries[1]).toEqual({
      ...call(),
      action: 'bcss-call',
      at: '2025-03-10T09:00:00.000Z',
      osUser: 'cpas\\jdoe',
    });
    expect(entries[3]).toMatchObject({ ticketCBSS: null, service: 'ListOfAttestation' });
    await again.close();
  });

  it('only ever appends: earlier bytes of the log never change', async () => {
    const vault = await open();
    await vault.audit.append(call());
    const [file] = await readdir(auditDir());
    const before = await readFile(join(auditDir(), file!));
    await vault.audit.append(call({ outcome: 'MSG00005' }));
    const after = await readFile(join(auditDir(), file!));
    expect(after.subarray(0, before.length)).toEqual(before);
    expect(after.length).toBeGreaterThan(before.length);
    if (process.platform !== 'win32') {
      expect((await stat(join(auditDir(), file!))).mode & 0o777).toBe(0o600);
    }
    await vault.close();
  });

  it('filters on whole days, both ends included', async () => {
    const vault = await open();
    const days = ['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02', '2025-04-01'];
    for (const day of days)
      await vault.audit.append(call({ at: new Date(`${day}T12:00:00`).toISOString() }));
    const ats = async (from: string, to: string) =>
      (await vault.audit.entries({ from, to })).entries.map((e) => e.at);
    expect(await ats('2025-02-28', '2025-03-01')).toEqual(
      ['2025-02-28', '2025-03-01'].map((d) => new Date(`${d}T12:00:00`).toISOString()),
    );
    expect(await ats('2025-01-01', '2025-12-31')).toHaveLength(5);
    expect(await ats('2025-03-03', '2025-03-31')).toEqual([]);
    await expect(vault.audit.entries({ from: '2025-03-02', to: '2025-03-01' })).rejects.toThrow(
      RangeError,
    );
    await vault.close();
  });

  it('reports and skips a damaged record, and rejects a record moved to another month', async () => {
    const vault = await open();
    await vault.audit.append(call({ outcome: 'A' }));
    await vault.audit.append(call({ outcome: 'B' }));
    await vault.audit.append(call({ outcome: 'C' }));
    await vault.audit.append(call({ outcome: 'D', at: '2025-04-02T10:00:00.000Z' }));
    const march = join(auditDir(), '2025-03.log');
    const lines = (await readFile(march, 'utf8')).split('\n');
    // Line 1 is empty: every frame starts with a newline.
    lines[3] = lines[3]!.slice(0, 40) + (lines[3]![40] === 'x' ? 'y' : 'x') + lines[3]!.slice(41);
    await writeFile(march, lines.join('\n'));
    const april = join(auditDir(), '2025-04.log');
    await writeFile(april, (await readFile(april, 'utf8')) + '\n' + lines[2]);

    const { entries, damaged } = await vault.audit.entries({
      from: '2025-03-01',
      to: '2025-04-30',
    });
    // C is damaged; the copy of B pasted into April's file is rejected there, the original still reads.
    expect(entries.map((e) => e.outcome)).toEqual(['A', 'B', 'D']);
    expect(damaged).toEqual([
      { file: 'audit/2025-03.log', line: 4 },
      { file: 'audit/2025-04.log', line: 3 },
    ]);
    await vault.close();
  });

  it('refuses an entry without an outcome', async () => {
    const vault = await open();
    await expect(vault.audit.append(call({ outcome: '' }))).rejects.toThrow(TypeError);
    await vault.close();
  });
});

describe('audit CSV export', () => {
  it('has a BOM, ; separators, the header in the UI language and one row per call in the range', async () => {
    const vault = await open();
    await vault.audit.append(call({ at: '2025-03-09T10:00:00.000Z' }));
    await vault.audit.append(call({ outcome: 'MSG00012', ticketCBSS: null }));
    await vault.audit.append(call({ outcome: 'connection-dropped', ticketCBSS: null }));
    await vault.audit.append(call({ at: '2025-03-12T10:00:00.000Z' }));

    for (const language of ['fr', 'nl', 'de'] as const) {
      const file = await vault.audit.export({ from: '2025-03-10', to: '2025-03-11', language });
      expect(file).toMatchObject({
        rows: 2,
        damaged: 0,
        fileName: 'inquiry-desk-audit-2025-03-10-2025-03-11.csv',
      });
      const csv = file.csv;
      expect(csv.startsWith('\uFEFF')).toBe(true);
      expect(csv.endsWith('\r\n')).toBe(true);
      const rows = parseCsv(csv.slice(1));
      expect(rows[0]).toEqual(
        AUDIT_CSV_COLUMNS.map((column) => catalogues[language].audit.csv.header[column]),
      );
      expect(rows.slice(1).map((row) => row[7])).toEqual(['MSG00012', 'connection-dropped']);
    }
    const rows = parseCsv(
      (
        await vault.audit
          .export({ from: '2025-03-10', to: '2025-03-10', language: 'fr' })
          .then((file) => file.csv)
      ).slice(1),
    );
    const niss = syntheticNiss(3);
    expect(rows[1]).toEqual([
      expect.stringMatching(/^2025-03-10 \d{2}:00:00$/),
      'cpas\\jdoe',
      'Nadia Vrancken',
      'SocialInquiry',
      `${niss.slice(0, 2)}.${niss.slice(2, 4)}.${niss.slice(4, 6)}-${niss.slice(6, 9)}.${niss.slice(9)}`,
      'PCSA:SOCIAL_INQUIRY',
      'demo',
      'MSG00012',
      '',
      'Appel BCSS',
    ]);
    expect(rows[0]?.[0]).toBe('Date et heure');
    expect(catalogues.nl.audit.csv.header.niss).toBe('INSZ');
    expect(catalogues.de.audit.csv.header.niss).toBe('ENSS');
    await vault.close();
  });

  it('quotes values holding ; or " and defuses formulas', async () => {
    const vault = await open();
    await vault.audit.append(call({ investigator: 'Dupont; "Jeanne"' }));
    await vault.audit.append(call({ investigator: '=HYPERLINK("http://x")' }));
    await vault.audit.append(call({ investigator: 'Line\nbreak' }));
    const csv = await vault.audit
      .export({
        from: '2025-03-10',
        to: '2025-03-10',
        language: 'fr',
      })
      .then((file) => file.csv);
    expect(csv).toContain(';"Dupont; ""Jeanne""";');
    const rows = parseCsv(csv.slice(1));
    expect(rows.map((row) => row[2])).toEqual([
      'Enquêteur',
      'Dupont; "Jeanne"',
      `'=HYPERLINK("http://x")`,
      'Line\nbreak',
    ]);
    expect(rows.every((row) => row.length === 10)).toBe(true);
    await vault.close();
  });

  it('says what each entry records: a BCSS call, an export or a print, in the UI language', async () => {
    const vault = await open();
    await vault.audit.append(call());
    await vault.audit.append(call({ action: 'export-pdf', service: '', outcome: 'saved' }));
    await vault.audit.append(call({ action: 'print', service: '', outcome: 'cancelled' }));
    await expect(
      vault.audit.append(call({ action: 'e-mail' as never, outcome: 'sent' })),
    ).rejects.toThrow(TypeError);
    const fr = parseCsv(
      await vault.audit
        .export({ from: '2025-03-10', to: '2025-03-10', language: 'fr' })
        .then((file) => file.csv),
    );
    expect(fr.slice(1).map((row) => [row[9], row[7]])).toEqual([
      ['Appel BCSS', 'OK'],
      ['Export PDF', 'saved'],
      ['Impression', 'cancelled'],
    ]);
    const nl = parseCsv(
      await vault.audit
        .export({ from: '2025-03-10', to: '2025-03-10', language: 'nl' })
        .then((file) => file.csv),
    );
    expect(nl[0]![9]).toBe('Handeling');
    expect(nl.slice(1).map((row) => row[9])).toEqual(['KSZ-oproep', 'PDF-export', 'Afdruk']);
    await vault.close();
  });
});
