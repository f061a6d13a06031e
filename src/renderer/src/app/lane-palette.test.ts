// The lane palette reaches the screen: set on the root, read by result.css, written nowhere else.
import { describe, expect, it } from 'vitest';
import resultCss from '../features/result/result.css?raw';
import { LANES } from '../../../shared/domain/inquiry';
import {
  LANE_PALETTE,
  laneCustomProperties,
  SUB_LANE_PALETTE,
} from '../../../shared/presentation/lane-palette';
import { applyLanePalette } from './lane-palette';

describe('lane palette on screen', () => {
  it('sets a stroke and a fill property per lane and per sub-lane of its own hue', () => {
    const set = new Map<string, string>();
    applyLanePalette({
      style: { setProperty: (name: string, value: string) => set.set(name, value) },
    } as unknown as Pick<HTMLElement, 'style'>);
    expect(set.size).toBe(2 * (LANES.length + Object.keys(SUB_LANE_PALETTE).length));
    expect(set.get('--lane-piis-stroke')).toBe(LANE_PALETTE.piis.stroke);
    expect(set.get('--sublane-LOI65-fill')).toBe(SUB_LANE_PALETTE.LOI65?.fill);
    expect([...set]).toEqual(laneCustomProperties());
  });

  it('result.css gives every lane and sub-lane its colours from those properties', () => {
    for (const lane of LANES) {
      const rule = new RegExp(
        `\\.lane-${lane} \\{\\s*--lane-color: var\\(--lane-${lane}-stroke\\);\\s*--lane-tint: var\\(--lane-${lane}-fill\\);`,
      );
      expect(resultCss, lane).toMatch(rule);
    }
    for (const subLane of Object.keys(SUB_LANE_PALETTE)) {
      expect(resultCss, subLane).toContain(`var(--sublane-${subLane}-stroke)`);
      expect(resultCss, subLane).toContain(`var(--sublane-${subLane}-fill)`);
    }
  });

  it('result.css gives no lane a colour of its own', () => {
    expect(resultCss).not.toMatch(/--lane-(color|tint):\s*[^v\s]/);
  });
});
