// The findings of the demo personas, as the app gets them from the simulator: each finding persona shows
// its finding on the right items, the clean persona none.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Inquiry } from '../../shared/domain/inquiry';
import { findingsOf } from '../../shared/findings';
import { simulatedInquiries } from '../../test-support/simulated-inquiries';

const KEYS = [
  'overlap-between-cpas',
  'ris-asylum-seeker',
  'reception-centre-in-charge',
  'overlap-blocked',
  'fraud-indication',
  'belgian-ris',
  'art35-exemption',
  'organic-law',
] as const;

let inquiries: Map<string, Inquiry>;
beforeAll(async () => {
  inquiries = await simulatedInquiries(KEYS);
}, 120_000);

const messages = (key: string) => findingsOf(inquiries.get(key)!).map((f) => f.message);
const reference = (inquiry: Inquiry, id: string) => {
  const detail = inquiry.items.find((i) => i.id === id)?.details.find((d) => d.key === 'reference');
  return detail?.kind === 'text' ? detail.text : '';
};

describe('findings of the demo personas', () => {
  it('overlap-between-cpas: Bruxelles and Liège pay RIS on the same days', () => {
    const inquiry = inquiries.get('overlap-between-cpas')!;
    const findings = findingsOf(inquiry);
    expect(findings.map((f) => f.message)).toEqual(['overlapOpen']);
    expect(findings[0]!.params).toMatchObject({ other: 'CPAS de Bruxelles', from: '01/09/2024' });
    expect(findings[0]!.itemIds.map((id) => reference(inquiry, id)).sort()).toEqual([
      '21004/RIS/2023/00118',
      '62063/RIS/2024/01733',
    ]);
  });

  it('ris-asylum-seeker: RIS while the status does not open the right', () => {
    expect(messages('ris-asylum-seeker')).toEqual(['statusWithoutRight']);
  });

  it('reception-centre-in-charge: a reception centre in charge during our aid', () => {
    expect(messages('reception-centre-in-charge')).toEqual(['notCompetent']);
  });

  it('blocked and fraud forms', () => {
    expect(messages('overlap-blocked')).toContain('blockedBy');
    expect(messages('fraud-indication')).toEqual(expect.arrayContaining(['blocked', 'fraud']));
  });

  it('belgian-ris: the PIIS ended while the aid goes on', () => {
    expect(messages('belgian-ris')).toContain('piisEnded');
  });

  it('art35-exemption: the counter', () => {
    expect(messages('art35-exemption').some((m) => m.startsWith('art35'))).toBe(true);
  });

  it('organic-law: no finding', () => {
    expect(messages('organic-law')).toEqual([]);
  });
});
