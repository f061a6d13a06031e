import { describe, expect, it } from 'vitest';
import type { InquiryItem } from '../domain/inquiry';
import { inquiry, item } from '../../test-support/builders';
import {
  BRUXELLES,
  formItem,
  municipalityItem,
  organisationItem,
  statusItem,
} from '../../test-support/findings-fixtures';
import { compareInquiries, identityOf } from './comparison';

const ref = (reference: string) => [
  { key: 'reference' as const, kind: 'text' as const, text: reference },
];

/** Two inquiries of the same person; item ids are made anew for each (as two real answers number them). */
function compare(before: () => InquiryItem[], after: () => InquiryItem[]) {
  const earlier = inquiry(before(), { id: 'earlier', consultedAt: '2025-01-10T09:00:00.000Z' });
  const later = inquiry(after(), { id: 'later', consultedAt: '2025-05-12T10:32:00.000Z' });
  return compareInquiries(earlier, later);
}

describe('compareInquiries', () => {
  it('reports nothing for the same answer numbered anew', () => {
    const items = () => [
      municipalityItem('Liège', '2020-01-01', null),
      statusItem('BELGIAN', '1990-01-01', null),
      formItem('RIS', 'B', '2024-01-01', null, { details: ref('62063/RIS/2024/1') }),
      formItem('RIS', 'D', '2024-01-01', '2024-01-31', { details: ref('62063/RIS/2024/2') }),
    ];
    const result = compare(items, items);
    expect(result.items).toEqual([]);
    expect(result.findings).toEqual([]);
  });

  it('lists an item added, with its id in the later inquiry', () => {
    let added: InquiryItem | null = null;
    const result = compare(
      () => [municipalityItem('Liège', '2020-01-01', null)],
      () => [
        municipalityItem('Liège', '2020-01-01', null),
        (added = formItem('RIS', 'D', '2025-02-01', '2025-02-28', { details: ref('R/2') })),
      ],
    );
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ kind: 'added', before: null });
    expect(result.items[0]!.after!.item.id).toBe(added!.id);
  });

  it('lists an item removed from the answer', () => {
    const result = compare(
      () => [
        statusItem('ASYLUM_SEEKER', '2023-01-01', null),
        statusItem('BELGIAN', '1990-01-01', null),
      ],
      () => [statusItem('BELGIAN', '1990-01-01', null)],
    );
    expect(result.items.map((c) => [c.kind, c.before?.item.code])).toEqual([
      ['removed', 'ASYLUM_SEEKER'],
    ]);
  });

  it('says a period that was running and now has an end ended', () => {
    const result = compare(
      () => [municipalityItem('Namur', '2020-01-01', null)],
      () => [municipalityItem('Namur', '2020-01-01', '2025-02-28')],
    );
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ kind: 'ended', aspects: ['ended'] });
  });

  it('ends a decision’s aid when a stop arrived since: the stop added, the aid ended', () => {
    const decision = () =>
      formItem('RIS', 'B', '2022-01-01', null, { details: ref('92094/RIS/2022/1') });
    const result = compare(
      () => [decision()],
      () => [
        decision(),
        formItem('RIS', 'C', '2025-03-01', '2025-03-01', { details: ref('92094/RIS/2025/9') }),
      ],
    );
    expect(result.items.map((c) => c.kind).sort()).toEqual(['added', 'ended']);
    const ended = result.items.find((c) => c.kind === 'ended')!;
    expect(ended.after!.span).toEqual({ begin: '2022-01-01', end: '2025-02-28' });
    expect(ended.before!.span).toEqual({ begin: '2022-01-01', end: null });
  });

  it('says a changed period (a begin corrected) is the same item changed, not one gone and one added', () => {
    const result = compare(
      () => [organisationItem('Fedasil Lint', 'C01', '2023-01-10', '2023-12-31')],
      () => [organisationItem('Fedasil Lint', 'C01', '2023-02-01', '2023-12-31')],
    );
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ kind: 'changed', aspects: ['period'] });
  });

  it('says a form blocked since changed its blocking, and the finding appeared', () => {
    const form = (blocked: boolean) => () => [
      formItem('RIS', 'B', '2024-09-01', null, { details: ref('62063/RIS/2024/1733'), blocked }),
    ];
    const result = compare(form(false), form(true));
    expect(result.items).toHaveLength(1);
    expect(result.items[0]).toMatchObject({ kind: 'changed', aspects: ['blocking'] });
    expect(result.findings.map((f) => [f.kind, f.finding.rule])).toEqual([
      ['appeared', 'blockedOrFraud'],
    ]);
  });

  it('says a finding disappeared when what caused it is gone', () => {
    const ours = () =>
      formItem('RIS', 'B', '2024-09-01', null, { details: ref('62063/RIS/2024/1') });
    const theirs = (end: string | null) => () =>
      formItem('RIS', 'B', '2023-01-01', end, {
        cpas: BRUXELLES,
        details: ref('21004/RIS/2023/118'),
      });
    const result = compare(
      () => [ours(), theirs(null)()],
      () => [ours(), theirs('2024-08-31')()],
    );
    expect(result.items.map((c) => c.kind)).toEqual(['ended']);
    expect(result.findings.map((f) => [f.kind, f.finding.rule])).toEqual([
      ['disappeared', 'overlap'],
    ]);
  });

  it('keeps apart two forms of the same reference for the main beneficiary and the partner', () => {
    const shared = (role: 'MAIN_BENEFICIARY' | 'PARTNER') =>
      formItem('LOI65', 'B1', '2023-06-01', null, { role, details: ref('62063/L65/2023/212') });
    expect(identityOf(shared('MAIN_BENEFICIARY'))).not.toBe(identityOf(shared('PARTNER')));
    const result = compare(
      () => [shared('MAIN_BENEFICIARY')],
      () => [shared('MAIN_BENEFICIARY'), shared('PARTNER')],
    );
    expect(result.items.map((c) => [c.kind, c.after?.item.markers.role])).toEqual([
      ['added', 'PARTNER'],
    ]);
  });

  it('pairs two periods of the same kind by their own days, not by their order', () => {
    const result = compare(
      () => [municipalityItem('Liège', '2010-01-01', '2015-12-31')],
      () => [
        municipalityItem('Liège', '2020-01-01', null),
        municipalityItem('Liège', '2010-01-01', '2015-12-31'),
      ],
    );
    expect(result.items.map((c) => [c.kind, c.after?.span.begin])).toEqual([
      ['added', '2020-01-01'],
    ]);
  });

  it('says a changed status label and a fraud flag', () => {
    const result = compare(
      () => [
        item({
          lane: 'status',
          code: 'X',
          begin: '2024-01-01',
          end: null,
          label: { fr: 'a', nl: 'a', de: 'a' },
        }),
        formItem('RIS', 'D', '2024-01-01', '2024-01-31', { details: ref('R/1') }),
      ],
      () => [
        item({
          lane: 'status',
          code: 'X',
          begin: '2024-01-01',
          end: null,
          label: { fr: 'b', nl: 'b', de: 'b' },
        }),
        formItem('RIS', 'D', '2024-01-01', '2024-01-31', { details: ref('R/1'), fraud: true }),
      ],
    );
    expect(result.items.map((c) => [c.after!.item.lane, c.aspects])).toEqual([
      ['status', ['status']],
      ['forms', ['fraud']],
    ]);
  });

  it('lists the changes in lane order', () => {
    const result = compare(
      () => [],
      () => [
        formItem('RIS', 'D', '2024-01-01', '2024-01-31', { details: ref('R/1') }),
        statusItem('BELGIAN', '1990-01-01', null),
        municipalityItem('Liège', '2020-01-01', null),
      ],
    );
    expect(result.items.map((c) => c.after!.item.lane)).toEqual(['residence', 'status', 'forms']);
  });
});
