import { describe, expect, it } from 'vitest';
import { catalogues } from '../../shared/i18n';
import { csvField, renderReportCsv, REPORT_CSV_COLUMNS } from './report-csv';
import { buildReportModel } from './report-model';
import { readCsv } from '../../test-support/files/csv-read';
import { inquiry, item } from '../../test-support/builders';
import { context, HOSTILE } from '../../test-support/report-context';

describe('report CSV', () => {
  const subject = inquiry([
    item({
      lane: 'residence',
      subLane: 'municipality',
      begin: '2019-07',
      end: null,
      code: '62063',
    }),
    item({
      lane: 'forms',
      subLane: 'LOI65',
      code: 'B1',
      markers: { blocked: true, fraud: false, role: 'MAIN_BENEFICIARY', parentProcedure: false },
      details: [
        { key: 'reference', kind: 'text', text: '62063/L65/2024/7' },
        {
          key: 'aidType',
          kind: 'localized',
          text: { fr: 'Aide; "urgente"', nl: 'Hulp', de: 'Hilfe' },
        },
      ],
    }),
  ]);

  it('is UTF-8 with a BOM, ";"-separated, CRLF, with headers in the UI language', () => {
    for (const language of ['fr', 'nl', 'de'] as const) {
      const csv = renderReportCsv(subject, context({ language }));
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const [header, ...all] = readCsv(csv.slice(1));
      // Finding rows (F1, F2, ...) follow the periods.
      const rows = all.filter((row) => !row[0]?.startsWith('F'));
      expect(header).toHaveLength(REPORT_CSV_COLUMNS.length);
      expect(header).toContain(catalogues[language].result.table.begin);
      expect(header).toContain(catalogues[language].result.panel.lane);
      expect(rows).toHaveLength(2);
    }
  });

  it('has one row per period with lane, sub-lane, dates, code, label, markers and every attribute', () => {
    const [, first, second] = readCsv(renderReportCsv(subject, context()).slice(1));
    expect(first).toEqual([
      '1.1',
      'Nationalité, registre et résidence',
      'Commune de résidence',
      '07/2019',
      'en cours',
      '62063',
      'Libellé',
      '',
      '',
      'Enquête sociale',
    ]);
    expect(second!.slice(0, 8)).toEqual([
      '4.1',
      'Formulaires',
      'Loi 65',
      '01/01/2024',
      '31/12/2024',
      'B1',
      'Libellé',
      '⊘ bloqué | BP – bénéficiaire principal',
    ]);
    expect(second![8]).toBe('Référence : 62063/L65/2024/7 | Type(s) d’aide : Aide; "urgente"');
  });

  it('defuses formulas (Excel injection) and quotes what needs it', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+32 4 123')).toBe("'+32 4 123");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('Liège – 01/02/2024')).toBe('Liège – 01/02/2024');
  });

  it('reads back the exact text of hostile values, formulas neutralised', () => {
    const hostile = inquiry([
      item({
        code: HOSTILE.formula,
        label: { fr: `${HOSTILE.quote}\nsur deux lignes;`, nl: '', de: '' },
      }),
    ]);
    const [, row] = readCsv(renderReportCsv(hostile, context()).slice(1));
    expect(row![5]).toBe(`'${HOSTILE.formula}`);
    expect(row![6]).toBe(`${HOSTILE.quote}\nsur deux lignes;`);
  });

  it('numbers rows as the PDF does', () => {
    const model = buildReportModel(subject, context());
    const refs = readCsv(renderReportCsv(subject, context()).slice(1))
      .slice(1)
      .map((row) => row[0]);
    expect(refs).toEqual([
      ...model.lanes.flatMap((lane) => lane.rows.map((row) => row.ref)),
      ...model.answers.findings.map((_, index) => `F${index + 1}`),
    ]);
  });

  it('gives one row per finding after the periods: severity, sentence, rows concerned, rule', () => {
    const model = buildReportModel(subject, context());
    const rows = readCsv(renderReportCsv(subject, context()).slice(1)).filter((row) =>
      /^F\d+$/.test(row[0] ?? ''),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(model.answers.findings.length);
    model.answers.findings.forEach((finding, index) => {
      expect(rows[index]!.slice(1, 7)).toEqual([
        'Constats',
        finding.severityText,
        '',
        '',
        finding.refs.join(' | '),
        finding.text,
      ]);
      expect(rows[index]![8]).toBe(finding.basis);
    });
  });

  it('adds one row per change when asked with an earlier inquiry (none otherwise)', () => {
    const earlier = inquiry([subject.items[0]!], {
      id: 'earlier',
      consultedAt: '2025-01-10T09:00:00.000Z',
    });
    const changeRows = (csv: string) =>
      readCsv(csv.slice(1)).filter((row) => /^C\d+$/.test(row[0] ?? ''));
    expect(changeRows(renderReportCsv(subject, context()))).toEqual([]);

    const compared = context({ earlier });
    const model = buildReportModel(subject, compared);
    const rows = changeRows(renderReportCsv(subject, compared));
    const { items } = model.answers.comparison!;
    expect(items.length).toBeGreaterThan(0);
    expect(rows.length).toBe(items.length + model.answers.comparison!.findings.length);
    const added = items.find((line) => line.kind === 'added')!;
    expect(rows[0]!.slice(1, 9)).toEqual([
      'Changements depuis le 10/01/2025',
      added.kindText,
      '',
      '',
      added.ref,
      `${added.lane} · ${added.what}`,
      '',
      added.change,
    ]);
  });
});
