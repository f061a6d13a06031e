import { describe, expect, it } from 'vitest';
import type { InquiryItem } from '../../../../shared/domain/inquiry';
import { laneViews } from '../../../../shared/presentation/lanes';
import {
  isListEventId,
  isPointItem,
  itemSpan,
  listEventRows,
  listEventsGroup,
  missingSectionId,
  openEdge,
  REQUESTED_PERIOD_ID,
  toTimelineGroups,
  toTimelineItems,
} from './timeline-model';
import { inquiry, item, missingSection } from '../../../../test-support/builders';
import { translator } from '../../../../test-support/translator';
import type { ListEvent } from '../../../../shared/contract/lists';
import { navLines } from './timeline-keys';

const TODAY = new Date(2025, 4, 12);
/** An inquiry over 2024 alone: the requested period's background is checked against it. */
const of2024 = (items: InquiryItem[]) =>
  inquiry(items, { request: { period: { from: '2024-01-01', to: '2024-12-31' } } });

describe('itemSpan', () => {
  const edge = new Date(2125, 0, 1);

  it('draws a complete period from its first day to the end of its last day', () => {
    const span = itemSpan(item({ begin: '2024-03-01', end: '2024-03-31' }), edge);
    expect(span.start).toEqual(new Date(2024, 2, 1));
    expect(span.end).toEqual(new Date(2024, 3, 1));
  });

  it('draws incomplete dates over their whole month or year', () => {
    const month = itemSpan(item({ begin: '2019-07', end: '2020-02' }), edge);
    expect(month.start).toEqual(new Date(2019, 6, 1));
    expect(month.end).toEqual(new Date(2020, 2, 1));
    const year = itemSpan(item({ begin: '2019', end: '2019' }), edge);
    expect(year.start).toEqual(new Date(2019, 0, 1));
    expect(year.end).toEqual(new Date(2020, 0, 1));
  });

  it('runs an open period to the edge', () => {
    expect(itemSpan(item({ begin: '2024-03-01', end: null }), edge).end).toBe(edge);
  });

  it('draws an inverted period as its first day rather than dropping it', () => {
    const span = itemSpan(item({ begin: '2024-03-10', end: '2024-03-01' }), edge);
    expect(span.end).toEqual(new Date(2024, 2, 11));
  });
});

describe('openEdge', () => {
  it('lies far beyond today and the requested period', () => {
    const edge = openEdge(TODAY, { from: '2020-01-01', to: '2030-12-31' });
    expect(edge.getFullYear()).toBeGreaterThanOrEqual(2130);
  });
});

describe('isPointItem', () => {
  it('draws a premium granted on one day as a point', () => {
    const premium = (begin: string, end: string | null) =>
      item({ lane: 'installationPremium', begin, end });
    expect(isPointItem(premium('2023-04-12', '2023-04-12'))).toBe(true);
    expect(isPointItem(premium('2023-04-12', '2023-04-13'))).toBe(false);
    expect(isPointItem(premium('2023-04', '2023-04'))).toBe(false);
    expect(isPointItem(premium('2023-04-12', null))).toBe(false);
  });

  it('keeps other one-day periods as ranges, so their labels never stack them into a tower', () => {
    expect(isPointItem(item({ lane: 'forms', begin: '2023-04-12', end: '2023-04-12' }))).toBe(
      false,
    );
  });
});

describe('toTimelineItems', () => {
  it('adds the requested period as a background and every item in its (sub-)lane group', async () => {
    const t = await translator('fr');
    const form = item({
      lane: 'forms',
      subLane: 'RIS',
      begin: '2024-03-01',
      end: null,
      label: { fr: 'RIS – formulaire B', nl: 'Leefloon – formulier B', de: 'EE – Formular B' },
      markers: { blocked: true, fraud: false, role: 'MAIN_BENEFICIARY', parentProcedure: false },
    });
    const status = item({ lane: 'status', begin: '2019', end: '2023-02-14' });
    const data = of2024([form, status]);
    const rows = toTimelineItems(data, laneViews(data), 'fr', t, TODAY);

    const background = rows.find((r) => r.id === REQUESTED_PERIOD_ID);
    expect(background).toMatchObject({ type: 'background', className: 'requested-period' });
    expect(background?.start).toEqual(new Date(2024, 0, 1));
    expect(background?.end).toEqual(new Date(2025, 0, 1));

    const formRow = rows.find((r) => r.id === form.id);
    expect(formRow?.group).toBe('lane:forms:RIS');
    expect(formRow?.type).toBe('range');
    expect(formRow?.className).toContain('is-blocked');
    expect(formRow?.className).toContain('is-open');
    expect(formRow?.content).toBe(
      '⊘ bloqué · RIS – formulaire B · BP – bénéficiaire principal · en cours',
    );
    expect(formRow?.title).toContain('depuis le 01/03/2024, en cours');
    expect(formRow?.end && formRow.end.getFullYear()).toBeGreaterThan(2100);

    const statusRow = rows.find((r) => r.id === status.id);
    expect(statusRow?.group).toBe('lane:status');
    expect(statusRow?.title).toContain('2019 – 14/02/2023');
  });

  it('uses the labels of the UI language', async () => {
    const t = await translator('nl');
    const data = of2024([item({ label: { fr: 'Belge', nl: 'Belg', de: 'Belgier' } })]);
    const rows = toTimelineItems(data, laneViews(data), 'nl', t, TODAY);
    expect(rows[1]?.view?.label).toBe('Belg');
  });

  it('marks a one-day form as a day range', async () => {
    const t = await translator('fr');
    const medical = item({
      lane: 'forms',
      subLane: 'LOI65',
      begin: '2024-01-10',
      end: '2024-01-10',
    });
    const data = of2024([medical]);
    const row = toTimelineItems(data, laneViews(data), 'fr', t, TODAY).find(
      (r) => r.id === medical.id,
    );
    expect(row?.type).toBe('range');
    expect(row?.className).toContain('is-day');
  });

  it('makes a premium granted on one day a point', async () => {
    const t = await translator('fr');
    const premium = item({ lane: 'installationPremium', begin: '2023-04-12', end: '2023-04-12' });
    const data = of2024([premium]);
    const row = toTimelineItems(data, laneViews(data), 'fr', t, TODAY).find(
      (r) => r.id === premium.id,
    );
    expect(row?.type).toBe('point');
    expect(row?.end).toBeUndefined();
  });

  it('handles 2,000 periods quickly', async () => {
    const t = await translator('fr');
    const items = Array.from({ length: 2000 }, (_, i) =>
      item({
        lane: 'forms',
        subLane: 'RIS',
        begin: `${1995 + Math.floor(i / 70)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
        end: `${1995 + Math.floor(i / 70)}-${String((i % 12) + 1).padStart(2, '0')}-28`,
      }),
    );
    const data = of2024(items);
    const started = performance.now();
    const rows = toTimelineItems(data, laneViews(data), 'fr', t, TODAY);
    expect(rows).toHaveLength(2001);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('toTimelineGroups', () => {
  it('nests sub-lanes under their lane and says when a lane is empty', async () => {
    const t = await translator('fr');
    const groups = toTimelineGroups(
      laneViews({ items: [item({ lane: 'forms', subLane: 'LOI65' })] }),
      t,
    );
    const forms = groups.find((g) => g.id === 'lane:forms');
    expect(forms?.nestedGroups).toEqual([
      'lane:forms:RIS',
      'lane:forms:LOI65',
      'lane:forms:ORGANIC',
    ]);
    expect(forms?.emptyText).toBeNull();
    expect(groups.find((g) => g.id === 'lane:forms:RIS')).toMatchObject({
      title: 'RIS',
      emptyText: 'Rien sur cette période',
      treeLevel: 1,
    });
    // An entirely empty lane keeps one row that says so, without its sub-lanes.
    const residence = groups.find((g) => g.id === 'lane:residence');
    expect(residence).toMatchObject({
      title: 'Nationalité, registre et résidence',
      emptyText: 'Rien sur cette période',
    });
    expect(residence?.nestedGroups).toBeUndefined();
    expect(groups.some((g) => g.id.startsWith('lane:residence:'))).toBe(false);
    expect(groups.filter((g) => g.subLane === null)).toHaveLength(8);
    expect(groups.map((g) => g.order)).toEqual(groups.map((_, i) => i));
  });

  it('keeps hidden lanes, invisible, with their sub-lanes', async () => {
    const t = await translator('de');
    const groups = toTimelineGroups(
      laneViews({ items: [item({ lane: 'forms', subLane: 'RIS' })] }),
      t,
      new Set(['forms'] as const),
    );
    expect(groups.filter((g) => g.lane === 'forms').every((g) => !g.visible)).toBe(true);
    expect(groups.find((g) => g.id === 'lane:status')).toMatchObject({
      visible: true,
      title: 'Status',
      emptyText: 'Nichts in diesem Zeitraum',
    });
  });
});

describe('a lane whose section did not arrive', () => {
  const partial = inquiry([item({ lane: 'art35', begin: '2021-01-01', end: '2021-06-30' })], {
    request: { period: { from: '2021-01-01', to: '2021-12-31' } },
    missing: [missingSection('GPMI_PIIS')],
  });

  it('says "not available" in its label, not "nothing", and offers to ask again', async () => {
    const t = await translator('fr');
    const groups = toTimelineGroups(laneViews(partial), t);
    expect(groups.find((g) => g.id === 'lane:piis')).toMatchObject({
      emptyText: null,
      missing: {
        text: 'Non disponible — la BCSS n’a pas répondu',
        retry: 'Réessayer cette section',
        retryLabel: 'Réessayer cette section : PIIS',
      },
      className: 'lane lane-piis is-missing',
    });
    // The other empty lanes stay empty, with nothing to retry.
    expect(groups.find((g) => g.id === 'lane:installationPremium')).toMatchObject({
      emptyText: 'Rien sur cette période',
      missing: null,
    });
  });

  it('is hatched over the requested period, where its periods would be', async () => {
    const t = await translator('nl');
    const rows = toTimelineItems(partial, laneViews(partial), 'nl', t, TODAY);
    expect(rows.find((r) => r.id === missingSectionId('piis'))).toMatchObject({
      group: 'lane:piis',
      type: 'background',
      className: 'missing-section',
      start: new Date(2021, 0, 1),
      end: new Date(2022, 0, 1),
      title: 'GPMI: niet beschikbaar — de KSZ heeft niet geantwoord',
    });
    expect(rows.filter((r) => r.className === 'missing-section')).toHaveLength(1);
  });
});

describe('the forms lane: aid periods per CPAS', () => {
  const cpas = (id: string, name: string) => ({
    key: 'sendingCpas' as const,
    kind: 'organisation' as const,
    id,
    name,
  });
  const liege = cpas('0207777760', 'CPAS de Liège');
  const form = (code: string, begin: string, end: string | null, org = liege) =>
    item({ lane: 'forms', subLane: 'RIS', code, begin, end, details: [org] });

  it('draws a decision ended by a stop as one bar with the CPAS and a stop mark, not an open bar', async () => {
    const t = await translator('fr');
    const b = form('B', '2019-05-01', '2019-12-31');
    const c = form('C', '2020-01-01', null);
    const data = of2024([b, c]);
    const rows = toTimelineItems(data, laneViews(data), 'fr', t, TODAY);
    const bar = rows.find((r) => r.id === b.id)!;
    expect(bar.className).toContain('aid-period');
    expect(bar.className).toContain('has-stop');
    expect(bar.className).not.toContain('is-open');
    expect(bar.content).toContain('Liège');
    expect(bar.content).toContain('arrêt le 01/01/2020');
    expect(rows.find((r) => r.id === c.id)).toBeUndefined();
  });

  it('draws a lone stop as a point and two CPAS on two rows', async () => {
    const t = await translator('fr');
    const ours = form('B', '2024-01-01', null);
    const theirs = form('B', '2023-06-01', null, cpas('0212000032', 'CPAS de Bruxelles'));
    const lone = form('C', '2022-01-01', null, cpas('0212000131', 'OCMW Gent'));
    const data = of2024([ours, theirs, lone]);
    const rows = toTimelineItems(data, laneViews(data), 'fr', t, TODAY);
    expect(rows.find((r) => r.id === lone.id)).toMatchObject({ type: 'point' });
    const subgroups = new Set([ours, theirs].map((f) => rows.find((r) => r.id === f.id)?.subgroup));
    expect(subgroups.size).toBe(2);
    const groups = toTimelineGroups(laneViews(data), t);
    expect(groups.find((g) => g.id === 'lane:forms:RIS')).toMatchObject({ subgroupStack: true });
  });

  it('draws the declared period faint behind when it differs from the recalculated one', async () => {
    const t = await translator('fr');
    const b = item({
      lane: 'forms',
      subLane: 'RIS',
      code: 'B',
      begin: '2023-04-01',
      end: null,
      details: [
        liege,
        {
          key: 'declaredPeriod',
          kind: 'period',
          begin: { value: '2023-02-15', precision: 'day' },
          end: null,
        },
      ],
    });
    const data = of2024([b]);
    const rows = toTimelineItems(data, laneViews(data), 'fr', t, TODAY);
    const declared = rows.find((r) => r.id === `${b.id}~declared`);
    expect(declared).toMatchObject({ type: 'background', className: 'aid-declared' });
    expect(declared?.start).toEqual(new Date(2023, 1, 15));
  });
});

describe('the Nova+ list events lane', () => {
  const event = (overrides: Partial<ListEvent>): ListEvent => ({
    niss: '85073100123',
    kind: 'blocking',
    date: '2026-03-12',
    action: 'BLOCK',
    reason: 'OVERLAP',
    otherCpasName: 'CPAS de Namur',
    previousStatus: null,
    newStatus: null,
    formReference: '62063/RIS/2026/00012',
    ...overrides,
  });

  it('draws each event as a point of its day, in date order, saying what happened', async () => {
    const t = await translator('fr');
    const rows = listEventRows(
      [
        event({ date: '2026-05-02', action: 'UNBLOCK', reason: null }),
        event({}),
        event({ kind: 'status', date: '2026-01-20', action: null, reason: null, newStatus: 'A12' }),
      ],
      t,
    );
    expect(rows.map((row) => row.type)).toEqual(['point', 'point', 'point']);
    expect(rows.map((row) => row.start)).toEqual([
      new Date(2026, 0, 20),
      new Date(2026, 2, 12),
      new Date(2026, 4, 2),
    ]);
    expect(rows.every((row) => row.group === 'lane:listEvents' && isListEventId(row.id))).toBe(
      true,
    );
    expect(rows.map((row) => row.className)).toEqual([
      'list-event list-event-status',
      'list-event list-event-blocked',
      'list-event list-event-unblocked',
    ]);
    expect(rows[1]!.view?.label).toBe('bloqué le 12/03/2026 — chevauchement avec CPAS de Namur');
    expect(rows[1]!.view?.dates).toBe('12/03/2026 · 62063/RIS/2026/00012');
    // Points never join a labelled span: each event stays itself at every zoom.
    expect(rows.some((row) => row.span)).toBe(false);
  });

  it('comes after the answer’s lanes, and the keyboard walks it as their last line', async () => {
    const t = await translator('nl');
    const data = of2024([item({ lane: 'piis', begin: '2024-02-01', end: null })]);
    const groups = toTimelineGroups(laneViews(data), t);
    const events = listEventsGroup(t, groups.length);
    expect(events).toMatchObject({ lane: 'listEvents', title: 'Nova+-lijsten (gebeurtenissen)' });
    expect(Math.max(...groups.map((g) => g.order))).toBeLessThan(events.order);
    const rows = [
      ...toTimelineItems(data, laneViews(data), 'nl', t, TODAY),
      ...listEventRows([event({})], t),
    ];
    const order = new Map([...groups, events].map((g) => [g.id, g.order]));
    const lines = navLines(rows, order);
    expect(lines.at(-1)?.key).toBe('lane:listEvents|');
  });
});
