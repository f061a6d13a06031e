// npm run bench's table (bench/run-all.ts): rows read from the scripts' output, goals judged, a failed or
// missing script shown as such instead of stopping the run.
import { describe, expect, it } from 'vitest';
import { benchScripts, goalMet, parseRows, renderTable } from '../bench/run-all';
import { BENCH_ROW_PREFIX } from '../bench/stats';

describe('the side-by-side bench table', () => {
  it('reads the BENCH_ROW lines of a script and ignores the rest of its output', () => {
    const output = [
      'Report benchmark: heavy person',
      `${BENCH_ROW_PREFIX}{"unit":"ms","what":"heavy PDF","ours":900,"peer":5400,"peerLabel":"Chromium","goal":"<= 2000 ms"}`,
      `${BENCH_ROW_PREFIX}{not json`,
      `${BENCH_ROW_PREFIX}{"what":"no figure"}`,
    ].join('\n');
    expect(parseRows(output)).toEqual([
      {
        unit: 'ms',
        what: 'heavy PDF',
        ours: 900,
        peer: 5400,
        peerLabel: 'Chromium',
        goal: '<= 2000 ms',
      },
    ]);
  });

  it('judges goals in ms, s, and "x faster" than the peer; leaves words alone', () => {
    expect(goalMet({ what: 'a', ours: 900, goal: '<= 2000 ms' })).toBe(true);
    expect(goalMet({ what: 'a', ours: 2100, goal: '<= 2 s' })).toBe(false);
    expect(goalMet({ what: 'a', ours: 40, peer: 214, goal: '>= 5x' })).toBe(true);
    expect(goalMet({ what: 'a', ours: 50, peer: 214, goal: '>= 5x' })).toBe(false);
    expect(goalMet({ what: 'a', ours: 50, goal: 'faster than the merged peer' })).toBeNull();
    expect(goalMet({ what: 'a', ours: 50 })).toBeNull();
  });

  it('prints ours, the peer, the ratio and the goal, and a failed script as a row of its own', () => {
    const table = renderTable([
      {
        name: 'report',
        seconds: 30,
        failure: null,
        rows: [
          {
            what: 'heavy PDF',
            ours: 900,
            peer: 5400,
            peerLabel: 'Chromium',
            goal: '<= 2000 ms',
            unit: 'ms',
          },
        ],
      },
      { name: 'parse', seconds: 0, failure: 'no such script in package.json', rows: [] },
    ]);
    expect(table).toContain(
      '| report | heavy PDF | 900 ms | 5400 ms | Chromium | 0.17× | <= 2000 ms | yes |',
    );
    expect(table).toContain('| parse | **failed**: no such script in package.json |');
  });

  it("runs every bench:<name> script, the issue's order first", () => {
    expect(
      benchScripts({
        'bench:start': 'x',
        'bench:lists': 'x',
        bench: 'x',
        'bench:render': 'x',
        build: 'x',
        'bench:report': 'x',
      }),
    ).toEqual(['render', 'report', 'start', 'lists']);
  });
});
