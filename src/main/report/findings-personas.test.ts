// The findings of the demo personas, as the app gets them from the simulator: each finding persona shows
// its finding on the right items, the clean persona none.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Inquiry } from '../../shared/domain/inquiry';
import { compareInquiries } from '../../shared/comparison';
import { FINDING_RULES, findingsOf } from '../../shared/findings';
import { simulatedInquiries } from '../../test-support/simulated-inquiries';
import { CLEAN_PERSONA, COMPARISON_PERSONA, FINDING_PERSONAS } from '../../test-support/simulator';

const KEYS = [...new Set([...Object.values(FINDING_PERSONAS).flat(), CLEAN_PERSONA])];

let inquiries: Map<string, Inquiry>;
let earlier: Inquiry;
let later: Inquiry;
beforeAll(async () => {
  inquiries = await simulatedInquiries(KEYS);
  earlier = (await simulatedInquiries([COMPARISON_PERSONA.key], COMPARISON_PERSONA.earlier)).get(
    COMPARISON_PERSONA.key,
  )!;
  later = (await simulatedInquiries([COMPARISON_PERSONA.key], COMPARISON_PERSONA.later)).get(
    COMPARISON_PERSONA.key,
  )!;
}, 180_000);

const messages = (key: string) => findingsOf(inquiries.get(key)!).map((f) => f.message);
const reference = (inquiry: Inquiry, id: string) => {
  const detail = inquiry.items.find((i) => i.id === id)?.details.find((d) => d.key === 'reference');
  return detail?.kind === 'text' ? detail.text : '';
};

describe('findings of the demo personas', () => {
  it('has a persona for every rule, each showing it, and a clean one', () => {
    expect(Object.keys(FINDING_PERSONAS).sort()).toEqual([...FINDING_RULES].sort());
    for (const [rule, keys] of Object.entries(FINDING_PERSONAS)) {
      for (const key of keys) {
        const rules = findingsOf(inquiries.get(key)!).map((f) => f.rule);
        expect(rules, `${key} shows ${rule}`).toContain(rule);
      }
    }
    expect(findingsOf(inquiries.get(CLEAN_PERSONA)!)).toEqual([]);
  });

  it('piis-missing: no PIIS within three months of the RIS decision, on the decision', () => {
    const inquiry = inquiries.get('piis-missing')!;
    const findings = findingsOf(inquiry);
    expect(findings.map((f) => f.message)).toEqual(['piisMissing']);
    expect(findings[0]!.itemIds.map((id) => reference(inquiry, id))).toEqual([
      '62063/RIS/2025/00021',
    ]);
  });

  it('competence-gap: two months without anyone in charge between the centre and the CPAS', () => {
    const findings = findingsOf(inquiries.get('competence-gap')!);
    expect(findings.map((f) => f.message)).toEqual(['competenceGap']);
    expect(findings[0]!.params).toMatchObject({ from: '01/02/2024', to: '31/03/2024' });
  });

  it('move-takeover: Namur stops a month late, Liège takes over blocked for the overlap', () => {
    const findings = findingsOf(inquiries.get('move-takeover')!);
    expect(findings.map((f) => f.message)).toEqual(['blockedBy']);
  });

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

describe('the comparison persona, asked over 2024 then over 2024-2025', () => {
  it('shows Namur’s aid ended by its stop, Liège’s takeover added, the blocking appeared', () => {
    expect(later.finalNiss).toBe(earlier.finalNiss);
    const comparison = compareInquiries(earlier, later);
    const refs = (kind: string) =>
      comparison.items
        .filter((c) => c.kind === kind)
        .map((c) =>
          reference(kind === 'removed' ? earlier : later, (c.after ?? c.before)!.item.id),
        );
    expect(refs('ended')).toEqual(['92094/RIS/2022/00310']);
    expect(refs('added')).toEqual(
      expect.arrayContaining([
        '92094/RIS/2025/00077',
        '62063/RIS/2025/00412',
        '62063/RIS/2025/00530',
      ]),
    );
    const lanes = comparison.items.filter((c) => c.kind === 'added').map((c) => c.after!.item.lane);
    expect(lanes).toEqual(expect.arrayContaining(['residence', 'piis']));
    expect(refs('removed')).toEqual([]);
    const ended = comparison.items.find((c) => c.kind === 'ended')!;
    expect(ended.before!.span.end).toBeNull();
    expect(ended.after!.span.end).toBe('2025-03-31');
    expect(comparison.findings.map((f) => [f.kind, f.finding.message])).toEqual(
      expect.arrayContaining([['appeared', 'blockedBy']]),
    );
  });
});
