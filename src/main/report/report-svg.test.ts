import { describe, expect, it } from 'vitest';
import { buildReportModel } from './report-model';
import {
  dataWindow,
  fitText,
  itemSpan,
  renderTimelineSvg,
  wrapText,
  type TimelineGeometry,
} from './report-svg';
import { inquiry, item } from '../../test-support/builders';
import { context, HOSTILE } from '../../test-support/report-context';
import type { InquiryItem } from '../../shared/domain/inquiry';

const geometry: TimelineGeometry = {
  widthMm: 277,
  maxHeightMm: 140,
  consultedAt: '2024-06-15T10:00:00Z',
  period: { from: '2020-01-01', to: '2024-12-31' },
};

function draw(items: InquiryItem[], overrides: Partial<TimelineGeometry> = {}) {
  const subject = inquiry(items);
  return renderTimelineSvg(buildReportModel(subject, context()), { ...geometry, ...overrides });
}

/** The drawn periods: class names and geometry of each rect, plus the plot's frame. */
function periods(svg: string) {
  const attribute = (tag: string, name: string) =>
    Number(new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1]);
  const rects = [...svg.matchAll(/<rect class="([^"]*)"[^>]*>/g)].map((m) => ({
    classes: m[1]!.split(' '),
    x: attribute(m[0], 'x'),
    y: attribute(m[0], 'y'),
    width: attribute(m[0], 'width'),
    dashed: m[0].includes('stroke-dasharray'),
  }));
  const frame = rects.find((r) => r.classes.includes('frame'))!;
  return { frame, drawn: rects.filter((r) => r.classes.includes('period')) };
}

const DAY = 86_400_000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY;

describe('timeline SVG', () => {
  it('draws every lane and sub-lane as a row, with its period count', () => {
    const { svg } = draw([item({ lane: 'forms', subLane: 'LOI65' })]);
    for (const title of [
      'Nationalité',
      'Registre d’inscription',
      'Commune de résidence',
      'RIS (0)',
      'Loi 65 (1)',
      'Loi organique (0)',
      'PIIS (0)',
      'Primes d’installation (0)',
    ]) {
      expect(svg).toContain(title);
    }
  });

  it('places periods on a time axis covering exactly the requested period', () => {
    const { svg } = draw([item({ begin: '2022-01-01', end: '2022-12-31' })]);
    const { frame, drawn } = periods(svg);
    const total = days('2020-01-01', '2025-01-01');
    expect(drawn[0]!.x).toBeCloseTo(
      frame.x + (frame.width * days('2020-01-01', '2022-01-01')) / total,
      1,
    );
    expect(drawn[0]!.width).toBeCloseTo((frame.width * 365) / total, 1);
    expect(svg).toContain('>2020</text>');
    expect(svg).toContain('>2024</text>');
    expect(svg).toContain('>01/01/2020</text>');
    expect(svg).toContain('>31/12/2024</text>');
  });

  it('draws incomplete dates over their whole month or year, with a dashed border', () => {
    const month = item({ begin: '2021-03', end: '2021-05' });
    expect(itemSpan(month)).toEqual({
      start: Date.UTC(2021, 2, 1),
      endExclusive: Date.UTC(2021, 5, 1),
    });
    expect(itemSpan(item({ begin: '2019', end: '2019' }))).toEqual({
      start: Date.UTC(2019, 0, 1),
      endExclusive: Date.UTC(2020, 0, 1),
    });
    const { drawn, frame } = periods(draw([month]).svg);
    const total = days('2020-01-01', '2025-01-01');
    expect(drawn[0]!.classes).toContain('incomplete');
    expect(drawn[0]!.dashed).toBe(true);
    expect(drawn[0]!.width).toBeCloseTo(
      (frame.width * days('2021-03-01', '2021-06-01')) / total,
      1,
    );
  });

  it('takes open periods to the edge with an arrow, and marks periods cut by the period bounds', () => {
    const { svg } = draw([
      item({ begin: '2023-01-01', end: null }),
      item({ begin: '2015-01-01', end: '2030-12-31' }),
    ]);
    const { drawn, frame } = periods(svg);
    const open = drawn.find((r) => r.classes.includes('open'))!;
    expect(open.x + open.width).toBeCloseTo(frame.x + frame.width, 1);
    expect(svg.match(/class="open-arrow"/g)).toHaveLength(1);
    const cut = drawn.find((r) => r.classes.includes('clipped-start'))!;
    expect(cut.classes).toContain('clipped-end');
    expect(cut.x).toBeCloseTo(frame.x, 1);
    expect(svg).toContain('class="chevron-start"');
    expect(svg).toContain('class="chevron-end"');
  });

  it('marks blocked and fraud by pattern and sign, not by colour alone', () => {
    const marked = (blocked: boolean, fraud: boolean) =>
      item({
        begin: '2021-01-01',
        end: '2023-12-31',
        label: { fr: 'Formulaire B', nl: 'Formulier B', de: 'Formular B' },
        markers: { blocked, fraud, role: null, parentProcedure: false },
      });
    const blocked = draw([marked(true, false)]).svg;
    expect(blocked).toContain('fill="url(#hatch-blocked)"');
    expect(blocked).toContain('>⊘ Formulaire B</text>');
    const fraud = draw([marked(true, true)]).svg;
    expect(fraud).toContain('fill="url(#hatch-fraud)"');
    expect(fraud).toContain('>⊘⚠ Formulaire B</text>');
    // Too narrow for a label: the sign alone still shows.
    const narrow = draw([
      {
        ...marked(true, false),
        begin: { value: '2021-01-01', precision: 'day' },
        end: { value: '2021-01-03', precision: 'day' },
      },
    ]).svg;
    expect(narrow).toMatch(/>⊘<\/text>/);
  });

  it('stacks overlapping periods of one row on separate lines', () => {
    const { drawn } = periods(
      draw([
        item({ begin: '2021-01-01', end: '2021-12-31' }),
        item({ begin: '2021-06-01', end: '2022-12-31' }),
        item({ begin: '2022-01-01', end: '2022-03-31' }),
      ]).svg,
    );
    expect(drawn).toHaveLength(3);
    // Two lines: the first and third share one (they do not overlap), the second has its own.
    const [first, second, third] = drawn.map((r) => r.y);
    expect(third).toBe(first);
    expect(second).toBeGreaterThan(first!);
  });

  it('fits the page: many overlapping periods share the last lines and are counted', () => {
    const crowd = Array.from({ length: 400 }, (_, i) =>
      item({
        lane: 'forms',
        subLane: 'ORGANIC',
        begin: '2021-01-01',
        end: `2021-02-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    const { heightMm, overlapped } = draw(crowd);
    expect(heightMm).toBeLessThanOrEqual(geometry.maxHeightMm);
    expect(overlapped).toBeGreaterThan(0);
  });

  it('escapes labels', () => {
    const { svg } = draw([
      item({
        begin: '2020-01-01',
        end: '2024-12-31',
        label: { fr: HOSTILE.script, nl: '', de: '' },
      }),
    ]);
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('covers a short period with month ticks', () => {
    const { svg } = draw([item({ begin: '2024-02-01', end: '2024-03-31' })], {
      period: { from: '2024-01-01', to: '2024-06-30' },
    });
    expect(svg).toContain('>01/2024</text>');
    expect(svg).toContain('>06/2024</text>');
  });
});

describe('data window (the zoomed second drawing)', () => {
  const period = { from: '1990-01-01', to: '2026-12-31' };

  it('covers the whole years where periods begin or end, up to the consultation', () => {
    const items = [
      item({ begin: '1984-09-03', end: null }), // since birth: runs through, says nothing
      item({ begin: '2021-10-05', end: '2023-02-14' }),
      item({ begin: '2023-02-15', end: null }),
    ];
    expect(dataWindow(items, period, '2026-11-23T10:00:00Z')).toEqual({
      from: '2021-01-01',
      to: '2026-12-31',
    });
    expect(dataWindow(items, period, '2030-01-01T10:00:00Z')).toEqual({
      from: '2021-01-01',
      to: '2023-12-31',
    });
  });

  it('is not needed when things happen over half the period or more, or not at all', () => {
    const spread = [
      item({ begin: '1995-01-01', end: '1996-01-01' }),
      item({ begin: '2020-01-01' }),
    ];
    expect(dataWindow(spread, period, '2026-11-23T10:00:00Z')).toBeNull();
    expect(dataWindow([item({ begin: '1980-01-01', end: null })], period, '2031-01-01')).toBeNull();
    expect(dataWindow([], period, '2026-11-23T10:00:00Z')).toBeNull();
  });
});

describe('text fitting', () => {
  it('wraps on words, cuts words longer than a line, and ends with … when lines run out', () => {
    expect(wrapText('Nationalité, registre et résidence (4)', 30, 2.5, 3)).toEqual([
      'Nationalité, registre et',
      'résidence (4)',
    ]);
    expect(wrapText('Eingliederungseinkommen', 20, 2.2, 3).join('')).toBe(
      'Eingliederungseinkommen',
    );
    expect(wrapText('a b c d e f g h', 2, 2.5, 2)).toHaveLength(2);
  });

  it('shortens a label with … rather than dropping it, and gives up below a few letters', () => {
    expect(fitText('Formulaire B : décision et demande de remboursement', 30, 2.3)).toMatch(
      /^Formulaire B.*…$/,
    );
    expect(fitText('Formulaire B', 3, 2.3)).toBe('');
    expect(fitText('Liège', 30, 2.3)).toBe('Liège');
  });
});
