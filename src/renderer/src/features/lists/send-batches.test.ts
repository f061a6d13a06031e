// The page's upload of chosen list files: calls that fit the browser host's limit, big files set aside, a folder's
// own list files only.
import { describe, expect, it } from 'vitest';
import { listFilesOf, MAX_SENT_BYTES, mergeOutcomes, sendBatches } from './send-batches';

const file = (name: string, size: number, webkitRelativePath = '') => ({
  name,
  size,
  webkitRelativePath,
});

describe('sending chosen list files', () => {
  it('groups files into calls under the limit and sets aside the ones too big to send', () => {
    const small = Array.from({ length: 120 }, (_, i) => file(`s${i}.xml`, 1000));
    const big = file('NOVA_STATEMENT_big.xml', 13 * 1024 * 1024);
    const medium = [file('m1.xml', 1.5 * 1024 * 1024), file('m2.xml', 1.5 * 1024 * 1024)];
    const { batches, tooLarge } = sendBatches([...small, big, ...medium]);
    expect(tooLarge).toEqual([big]);
    expect(batches.flat()).toEqual([...small, ...medium]);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(50);
      expect(batch.reduce((sum, f) => sum + f.size, 0)).toBeLessThanOrEqual(MAX_SENT_BYTES);
    }
    // The two 1.5 MB files do not fit one call together.
    expect(batches.at(-1)).toEqual([medium[1]]);
  });

  it("of a folder, only its own list files (not its subfolders', not other files)", () => {
    const chosen = [
      file('a.xml', 10, 'nova/a.xml'),
      file('B.XML', 10, 'nova/B.XML'),
      file('notes.txt', 10, 'nova/notes.txt'),
      file('old.xml', 10, 'nova/archive/old.xml'),
    ];
    expect(listFilesOf(chosen, true).map((f) => f.name)).toEqual(['a.xml', 'B.XML']);
    expect(listFilesOf([file('x.xml', 1), file('y.txt', 1)], false).map((f) => f.name)).toEqual([
      'x.xml',
    ]);
  });

  it('the outcomes of several calls read as one', () => {
    expect(
      mergeOutcomes([
        { imported: [{ name: 'a.xml', kind: 'status', rows: 2 }], already: [], refused: [] },
        { imported: [], already: ['b.xml'], refused: [{ file: 'c.xml', line: 3, reason: 'x' }] },
      ]),
    ).toEqual({
      imported: [{ name: 'a.xml', kind: 'status', rows: 2 }],
      already: ['b.xml'],
      refused: [{ file: 'c.xml', line: 3, reason: 'x' }],
    });
  });
});
