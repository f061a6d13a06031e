// The swimlanes' colours, written once: one hue per lane (a strong one for borders and swatches, a tint for
// fills), and their own for the forms sub-lanes that have one. The screen gets them as CSS custom properties
// on the document root (renderer/src/app/lane-palette.ts, read by result.css), the report's drawing as SVG
// attributes (main/report/report-svg.ts): the printed timeline reads like the swimlanes.
import { LANES, type LaneId, type SubLaneId } from '../domain/inquiry';

export interface LaneColours {
  /** Borders, swatches, a period's outline. */
  stroke: string;
  /** A period's fill, a swatch's inside. */
  fill: string;
}

export const LANE_PALETTE: Readonly<Record<LaneId, LaneColours>> = {
  residence: { stroke: '#2a7f8f', fill: '#e3f2f4' },
  organisation: { stroke: '#6a55a5', fill: '#eeeaf7' },
  status: { stroke: '#1f5fa8', fill: '#e6eef9' },
  forms: { stroke: '#2f7d4f', fill: '#e4f2e9' },
  piis: { stroke: '#b35c1e', fill: '#fbeee3' },
  art35: { stroke: '#9b3d78', fill: '#f7e8f1' },
  artistic: { stroke: '#4a4fa3', fill: '#e9eaf7' },
  installationPremium: { stroke: '#7a5230', fill: '#f3ebe3' },
};

/** The sub-lanes drawn in a hue of their own; the others take their lane's. */
export const SUB_LANE_PALETTE: Readonly<Partial<Record<SubLaneId, LaneColours>>> = {
  LOI65: { stroke: '#866a12', fill: '#f6f0dc' },
  ORGANIC: { stroke: '#4d6a86', fill: '#e8eef4' },
};

export function laneColours(lane: LaneId, subLane: SubLaneId | null): LaneColours {
  return (subLane ? SUB_LANE_PALETTE[subLane] : undefined) ?? LANE_PALETTE[lane];
}

/**
 * The palette as CSS custom properties: --lane-<lane>-stroke / -fill for each lane, --sublane-<sub-lane>-stroke /
 * -fill for each sub-lane of its own hue.
 */
export function laneCustomProperties(): [name: string, value: string][] {
  const properties: [string, string][] = [];
  for (const lane of LANES) {
    properties.push([`--lane-${lane}-stroke`, LANE_PALETTE[lane].stroke]);
    properties.push([`--lane-${lane}-fill`, LANE_PALETTE[lane].fill]);
  }
  for (const [subLane, colours] of Object.entries(SUB_LANE_PALETTE)) {
    properties.push([`--sublane-${subLane}-stroke`, colours.stroke]);
    properties.push([`--sublane-${subLane}-fill`, colours.fill]);
  }
  return properties;
}
