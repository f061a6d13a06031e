// The repertory's line rules as properties: REGISTER covers exactly the union and leaves no overlapping or touching lines; UNREGISTER covers exactly the difference.
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AccessRegistrations,
  cutSpan,
  mergeSpan,
  type RegistrationSpan,
} from './access-registrations';

const BASE = '2024-01-01';
/** Days are checked up to here; an open end covers every day up to it. */
const HORIZON = 200;

const day = (offset: number) => format(addDays(parseISO(BASE), offset), 'yyyy-MM-dd');
const offsetOf = (date: string) => differenceInCalendarDays(parseISO(date), parseISO(BASE));

const spanArb: fc.Arbitrary<RegistrationSpan> = fc
  .record({
    begin: fc.integer({ min: 0, max: 120 }),
    length: fc.integer({ min: 0, max: 40 }),
    open: fc.boolean(),
  })
  .map(({ begin, length, open }) => ({
    begin: day(begin),
    end: open ? null : day(begin + length),
  }));

function days(spans: readonly RegistrationSpan[]): Set<number> {
  const covered = new Set<number>();
  for (const span of spans) {
    const last = span.end === null ? HORIZON : offsetOf(span.end);
    for (let d = offsetOf(span.begin); d <= last; d++) covered.add(d);
  }
  return covered;
}

function build(spans: readonly RegistrationSpan[]): RegistrationSpan[] {
  return spans.reduce<RegistrationSpan[]>((lines, span) => mergeSpan(lines, span), []);
}

/** Sorted, and each line ends at least two days before the next begins (no overlap, no touching). */
function expectSeparated(lines: readonly RegistrationSpan[], minGap: number): void {
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!;
    expect(previous.end).not.toBeNull();
    expect(offsetOf(lines[i]!.begin) - offsetOf(previous.end!)).toBeGreaterThanOrEqual(minGap);
  }
}

describe('mergeSpan (REGISTER)', () => {
  it('covers exactly the days registered, in separate lines that neither overlap nor touch', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 8 }), spanArb, (existing, added) => {
        const lines = build(existing);
        const merged = mergeSpan(lines, added);
        expect(days(merged)).toEqual(new Set([...days(lines), ...days([added])]));
        expectSeparated(merged, 2);
      }),
    );
  });

  it('merges overlapping and adjacent periods of one quality code into one line', () => {
    const lines = build([
      { begin: '2024-01-01', end: '2024-01-31' },
      { begin: '2024-02-01', end: '2024-03-15' },
      { begin: '2024-03-10', end: '2024-04-30' },
    ]);
    expect(lines).toEqual([{ begin: '2024-01-01', end: '2024-04-30' }]);
  });

  it('keeps periods with a gap of a day apart', () => {
    const lines = build([
      { begin: '2024-01-01', end: '2024-01-30' },
      { begin: '2024-02-01', end: null },
    ]);
    expect(lines).toHaveLength(2);
  });
});

describe('cutSpan (UNREGISTER with a period)', () => {
  it('covers exactly the registered days outside the removed period', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 8 }), spanArb, (existing, removed) => {
        const lines = build(existing);
        const cut = cutSpan(lines, removed);
        const gone = days([removed]);
        expect(days(cut)).toEqual(new Set([...days(lines)].filter((d) => !gone.has(d))));
        expectSeparated(cut, 1);
      }),
    );
  });

  it('splits a line the removed period falls inside', () => {
    expect(
      cutSpan([{ begin: '2024-01-01', end: null }], { begin: '2024-03-01', end: '2024-03-31' }),
    ).toEqual([
      { begin: '2024-01-01', end: '2024-02-29' },
      { begin: '2024-04-01', end: null },
    ]);
  });
});

describe('AccessRegistrations', () => {
  const niss = '85073003328';

  it('keeps each CPAS and each quality code apart', () => {
    const store = new AccessRegistrations();
    store.register('0207777760', niss, 2, { begin: '2024-01-01', end: null });
    store.register('0207777760', niss, 7, { begin: '2024-06-01', end: '2024-12-31' });
    expect(store.list('0207777760', niss).map((l) => l.purpose)).toEqual([2, 7]);
    expect(store.list('0209999951', niss)).toEqual([]);
    expect(store.isRegistered('0209999951', niss)).toBe(false);
  });

  it('lists only the lines overlapping the period asked, and of the code asked', () => {
    const store = new AccessRegistrations();
    store.register('0207777760', niss, 2, { begin: '2020-01-01', end: '2020-12-31' });
    store.register('0207777760', niss, 2, { begin: '2024-01-01', end: null });
    store.register('0207777760', niss, 40, { begin: '2024-01-01', end: '2024-03-31' });
    const period = { begin: '2023-01-01', end: '2023-12-31' };
    expect(store.list('0207777760', niss, { period })).toEqual([]);
    expect(store.isRegistered('0207777760', niss, period)).toBe(false);
    expect(
      store.list('0207777760', niss, {
        purpose: 2,
        period: { begin: '2024-05-01', end: '2024-05-31' },
      }),
    ).toEqual([{ purpose: 2, begin: '2024-01-01', end: null }]);
  });

  it('an open UNREGISTER from the first day on removes the whole registration', () => {
    const store = new AccessRegistrations();
    store.register('0207777760', niss, 2, { begin: '2020-01-01', end: '2020-12-31' });
    store.register('0207777760', niss, 2, { begin: '2024-01-01', end: null });
    expect(store.unregister('0207777760', niss, 2, { begin: '2020-01-01', end: null })).toEqual([]);
    expect(store.isRegistered('0207777760', niss)).toBe(false);
  });
});
