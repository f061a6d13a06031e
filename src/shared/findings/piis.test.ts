import { describe, expect, it } from 'vitest';
import { contextOf, formItem, piisItem } from '../../test-support/findings-fixtures';
import { piis } from './piis';

describe('PIIS', () => {
  it('fires for a RIS decision with no PIIS within three months', () => {
    const aid = formItem('RIS', 'B', '2024-03-01', null);
    const late = piisItem('2024-07-01', '2025-06-30');
    const [finding] = piis(contextOf([aid, late]));
    expect(finding).toMatchObject({ message: 'piisMissing', severity: 'check', itemIds: [aid.id] });
    expect(finding!.params).toMatchObject({ date: '01/03/2024' });
  });

  it('fires when the PIIS ended while the aid continues', () => {
    const aid = formItem('RIS', 'B', '2024-03-01', null);
    const contract = piisItem('2024-03-01', '2025-02-28');
    const [finding] = piis(contextOf([aid, contract]));
    expect(finding).toMatchObject({ message: 'piisEnded', itemIds: [contract.id, aid.id] });
    expect(finding!.params).toMatchObject({ date: '28/02/2025' });
  });

  it('does not fire for a PIIS in time and prolonged while the aid runs, nor for old or young aid', () => {
    const aid = formItem('RIS', 'B', '2024-03-01', null);
    const contract = piisItem('2024-04-15', '2025-01-31', ['2025-02-01', '2025-12-31']);
    const before2016 = formItem('RIS', 'B', '2014-01-01', '2015-12-31');
    const tooEarly = formItem('RIS', 'B', '2025-04-01', null, {
      cpas: { id: '0212000428', name: 'CPAS de Namur' },
    });
    expect(piis(contextOf([aid, contract, before2016, tooEarly]))).toEqual([]);
  });
});
