import { describe, expect, it } from 'vitest';
import { contextOf, formItem } from '../../test-support/findings-fixtures';
import { blockedOrFraud } from './blocked-or-fraud';

describe('blocked or fraud', () => {
  it('fires for a blocked form, with its reason and the other CPAS, and for a fraud indication', () => {
    const blocked = formItem('RIS', 'B', '2024-01-01', null, {
      blocked: true,
      details: [
        { key: 'reference', kind: 'text', text: '62063/RIS/2024/00001' },
        {
          key: 'blockingReason',
          kind: 'localized',
          text: { fr: 'Chevauchement', nl: 'Overlapping', de: 'Überschneidung' },
        },
        { key: 'blockingCpas', kind: 'organisation', id: '0212000032', name: 'CPAS de Bruxelles' },
      ],
    });
    const fraud = formItem('RIS', 'B', '2022-01-01', '2022-12-31', { fraud: true });
    const findings = blockedOrFraud(contextOf([blocked, fraud]));
    expect(findings.map((f) => [f.message, f.itemIds[0]])).toEqual([
      ['blockedBy', blocked.id],
      ['fraud', fraud.id],
    ]);
    expect(findings[0]!.params).toMatchObject({
      reference: '62063/RIS/2024/00001',
      other: 'CPAS de Bruxelles',
    });
  });

  it('does not fire for forms that are neither', () => {
    expect(blockedOrFraud(contextOf([formItem('RIS', 'B', '2024-01-01', null)]))).toEqual([]);
  });
});
