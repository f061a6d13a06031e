import { describe, expect, it } from 'vitest';
import { contextOf, formItem, statusItem } from '../../test-support/findings-fixtures';
import { RIS_STATUS_TABLE } from './ris-status-table';
import { statusWithoutRight } from './status-without-right';

describe('status without the right', () => {
  it('fires for RIS aid while the person is an asylum seeker', () => {
    const aid = formItem('RIS', 'B', '2023-01-01', null);
    const asylum = statusItem('ASYLUM_SEEKER', '2022-01-01', '2023-02-14');
    const [finding] = statusWithoutRight(contextOf([aid, asylum]));
    expect(finding).toMatchObject({ severity: 'blocking', itemIds: [aid.id, asylum.id] });
    expect(finding!.params).toMatchObject({ from: '01/01/2023', to: '14/02/2023' });
  });

  it('does not fire for a refugee on RIS, nor for equivalent aid under the 1965 law', () => {
    const aid = formItem('RIS', 'B', '2023-02-15', null);
    const refugee = statusItem('RECOGNISED_REFUGEE', '2023-02-15', null);
    const loi65 = formItem('LOI65', 'B1', '2020-01-01', null);
    const foreigner = statusItem('REGISTERED_FOREIGNER', '2020-01-01', '2023-02-14');
    expect(statusWithoutRight(contextOf([aid, refugee, loi65, foreigner]))).toEqual([]);
  });

  it('cites a source for every status of the table', () => {
    for (const row of RIS_STATUS_TABLE)
      expect(row.source, row.code).toMatch(/Loi du \d\d\/\d\d\/\d{4}/);
  });
});
