import { describe, expect, it } from 'vitest';
import { contextOf, LIEGE, organisationItem } from '../../test-support/findings-fixtures';
import { competenceGap } from './competence-gap';

describe('gap in competence', () => {
  it('fires for the days between two structures in charge', () => {
    const centre = organisationItem('Centre', 'C1201', '2021-10-05', '2022-05-31');
    const cpas = organisationItem(LIEGE.name, LIEGE.id, '2022-07-01', null);
    const [finding] = competenceGap(contextOf([centre, cpas]));
    expect(finding).toMatchObject({ severity: 'check', itemIds: [centre.id, cpas.id] });
    expect(finding!.params).toEqual({ from: '01/06/2022', to: '30/06/2022' });
  });

  it('does not fire when one follows the other, nor for a person TI 207 does not follow', () => {
    const centre = organisationItem('Centre', 'C1201', '2021-10-05', '2022-05-31');
    const cpas = organisationItem(LIEGE.name, LIEGE.id, '2022-06-01', null);
    expect(competenceGap(contextOf([centre, cpas]))).toEqual([]);
    expect(competenceGap(contextOf([]))).toEqual([]);
  });
});

describe('gap in competence after TI 207', () => {
  it('counts the days after the last entry only while the person is still an asylum seeker', async () => {
    const { statusItem } = await import('../../test-support/findings-fixtures');
    const centre = organisationItem('Centre', 'C1201', '2021-10-05', '2022-05-31');
    const recognised = statusItem('ASYLUM_SEEKER', '2021-10-05', '2022-05-31');
    expect(competenceGap(contextOf([centre, recognised]))).toEqual([]);
    const stillWaiting = statusItem('ASYLUM_SEEKER', '2021-10-05', '2022-08-31');
    const [finding] = competenceGap(contextOf([centre, stillWaiting]));
    expect(finding!.params).toEqual({ from: '01/06/2022', to: '31/08/2022' });
  });
});
