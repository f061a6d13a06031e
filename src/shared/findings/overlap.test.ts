import { describe, expect, it } from 'vitest';
import { BRUXELLES, contextOf, formItem } from '../../test-support/findings-fixtures';
import { overlapBetweenCpas } from './overlap';

describe('overlap between CPAS', () => {
  it('fires when another CPAS has aid open on the same days under the same basis', () => {
    const ours = formItem('RIS', 'B', '2024-01-01', null);
    const theirs = formItem('RIS', 'B', '2023-06-01', '2024-03-31', { cpas: BRUXELLES });
    const [finding] = overlapBetweenCpas(contextOf([ours, theirs]));
    expect(finding).toMatchObject({ severity: 'blocking', message: 'overlap' });
    expect(finding!.params).toMatchObject({
      other: 'CPAS de Bruxelles',
      from: '01/01/2024',
      to: '31/03/2024',
    });
    expect(finding!.itemIds.sort()).toEqual([ours.id, theirs.id].sort());
  });

  it('does not fire for a CPAS taking over after the other stopped, nor across bases', () => {
    const theirs = formItem('RIS', 'B', '2023-06-01', null, { cpas: BRUXELLES });
    const stop = formItem('RIS', 'C', '2024-01-01', null, { cpas: BRUXELLES });
    const ours = formItem('RIS', 'B', '2024-01-01', null);
    const organic = formItem('ORGANIC', 'B', '2024-01-01', null, { cpas: BRUXELLES });
    expect(overlapBetweenCpas(contextOf([theirs, stop, ours, organic]))).toEqual([]);
  });
});

describe('overlap still running', () => {
  it('says since when, not until when', () => {
    const ours = formItem('RIS', 'B', '2024-01-01', null);
    const theirs = formItem('RIS', 'B', '2023-06-01', null, { cpas: BRUXELLES });
    const [finding] = overlapBetweenCpas(contextOf([ours, theirs]));
    expect(finding).toMatchObject({ message: 'overlapOpen', params: { from: '01/01/2024' } });
    expect(finding!.params.to).toBeUndefined();
  });
});
