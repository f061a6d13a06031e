import { describe, expect, it } from 'vitest';
import {
  contextOf,
  formItem,
  LIEGE,
  municipalityItem,
  organisationItem,
} from '../../test-support/findings-fixtures';
import { notCompetent } from './not-competent';

describe('not competent', () => {
  it('fires when TI 207 names a reception centre during our aid', () => {
    const aid = formItem('LOI65', 'B1', '2024-01-01', null);
    const centre = organisationItem('Centre Fedasil de Jumet', 'C1201', '2023-06-01', '2024-06-30');
    const [finding] = notCompetent(contextOf([aid, centre]));
    expect(finding).toMatchObject({ severity: 'blocking', message: 'notCompetent' });
    expect(finding!.params).toMatchObject({ from: '01/01/2024', to: '30/06/2024' });
    expect(finding!.itemIds).toEqual([aid.id, centre.id]);
  });

  it('asks to check a residence in another municipality during our aid', () => {
    const aid = formItem('RIS', 'B', '2024-01-01', null);
    const elsewhere = municipalityItem('Namur', '2024-09-01', null);
    const [finding] = notCompetent(contextOf([aid, elsewhere]));
    expect(finding).toMatchObject({ severity: 'check', message: 'notResident' });
  });

  it('does not fire when our CPAS is in charge and the person lives in its municipality', () => {
    const aid = formItem('RIS', 'B', '2024-01-01', null);
    const ours = organisationItem(LIEGE.name, LIEGE.id, '2023-04-01', null);
    const home = municipalityItem('Liège', '2009-06-01', null);
    const otherCpasAid = formItem('RIS', 'B', '2020-01-01', '2020-12-31', {
      cpas: { id: '0212000428', name: 'CPAS de Namur' },
    });
    expect(notCompetent(contextOf([aid, ours, home, otherCpasAid]))).toEqual([]);
  });
});
