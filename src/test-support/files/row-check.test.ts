import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../main/report/report-model';
import { inquiry, item } from '../builders';
import { context } from '../report-context';
import { rowsCutAcrossPages, rowTexts } from './row-check';

describe("rowsCutAcrossPages (the PDF tests' check)", () => {
  const model = buildReportModel(
    inquiry([
      item({ begin: '2021-01-01', end: '2021-06-30', label: { fr: 'Réfugié', nl: 'R', de: 'R' } }),
      item({
        begin: '2021-07-01',
        end: null,
        label: { fr: 'Belge de naissance', nl: 'B', de: 'B' },
      }),
    ]),
    context(),
  );
  const rows = model.lanes.flatMap((lane) => lane.rows);
  const line = (index: number) => `${rows[index]!.ref} ${rowTexts(rows[index]!).join('\n')}`;

  it('accepts rows each whole on a page, whatever the line wraps', () => {
    expect(rowsCutAcrossPages([`header\n${line(0)}\nfooter`, `${line(1)}`], rows)).toEqual([]);
  });

  it('reports a row whose last lines went to the next page', () => {
    const [first, ...rest] = rowTexts(rows[1]!);
    const pages = [`${line(0)}\n${rows[1]!.ref} ${first}\nfooter`, `header ${rest.join(' ')}`];
    expect(rowsCutAcrossPages(pages, rows)).toEqual([
      expect.stringMatching(/^row 3\.2 \(page 1\) lacks: /),
    ]);
  });

  it('reports a missing row', () => {
    expect(rowsCutAcrossPages([line(0)], rows)).toEqual(['row 3.2 not found']);
  });
});
