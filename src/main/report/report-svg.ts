// The report's timeline: the eight lanes drawn as a static SVG over the requested period, sized in millimetres for print.
import {
  dateBounds,
  SUB_LANES,
  type InquiryItem,
  type LaneId,
  type SubLaneId,
} from '../../shared/domain/inquiry';
import { laneColours } from '../../shared/presentation/lane-palette';
import { formsLaneDrawnItems } from '../../shared/presentation/forms-lane';
import { isoToDisplayDate } from '../../shared/domain/period';
import { escapeHtml } from './escape-html';
import type { ReportLane, ReportModel } from './report-model';

export interface TimelineGeometry {
  /** The drawing's width: the page's printable width. */
  widthMm: number;
  /** What the page leaves for the drawing; rows shrink (then overlapping periods share a line) to fit. */
  maxHeightMm: number;
  /** The consultation's date (ISO), drawn as a dashed line when it falls in the period. */
  consultedAt: string;
  period: { from: string; to: string };
}

export interface TimelineSvg {
  svg: string;
  heightMm: number;
  /** Periods that had to share a line with another because the page had no room for more lines. */
  overlapped: number;
}

export const TIMELINE_FONT = "Arial, 'Liberation Sans', 'Helvetica Neue', Helvetica, sans-serif";

// Layout, in millimetres (the SVG's user unit).
const LANE_COL = 38;
const SUB_COL = 31;
const GUTTER = 4; // left of the plot: room for the "starts earlier" chevron
const RIGHT = 5; // right of the plot: room for the "open" arrow
const AXIS_TOP = 6;
const AXIS_BOTTOM = 5.5;
const ROW_PAD = 0.7;
const MAX_TRACK = 6;
// Below this a period is a sliver nobody can read a marker on; lines are merged instead (see overlapped).
const MIN_TRACK = 1.8;
const MIN_WIDTH = 0.45;
const LABEL_FONT = 2.3;
const DAY = 86_400_000;

function dayMs(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? NaN, (m ?? NaN) - 1, d ?? NaN);
}

/** Where an item lies in time: incomplete dates over their whole month or year, an open end at infinity. */
export function itemSpan(item: InquiryItem): { start: number; endExclusive: number } {
  const start = dayMs(dateBounds(item.begin).first);
  const endExclusive = item.end ? dayMs(dateBounds(item.end).last) + DAY : Infinity;
  return { start, endExclusive };
}

/** Width of one character in em, for Arial-like fonts. */
function charEm(char: string): number {
  if (/[il.,;:'’|!() ]/.test(char)) return 0.3;
  if (/[mwMW@⊘⚠]/.test(char)) return 0.9;
  if (/[A-Z]/.test(char)) return 0.68;
  return 0.56;
}

/**
 * A rough text width for Arial-like fonts: enough to decide whether a label fits in its period (a label
 * is drawn only when it does; the tables hold every label anyway).
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += charEm(char);
  return em * fontSize;
}

/** A word too long for the width, cut into pieces that fit (compound words: "Eingliederungseinkommen"). */
function splitWord(word: string, width: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && textWidth(piece + char, fontSize) > width) {
      pieces.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Greedy line-wrapping by estimated width; the last line kept ends with '…' when lines run out. */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  maxLines: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => splitWord(word, width, fontSize));
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, Math.max(1, maxLines));
  kept[kept.length - 1] = `${kept[kept.length - 1]}…`;
  return kept;
}

/** The text, or its longest beginning that fits followed by '…'; '' when not even a few letters fit. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  // One pass: the longest prefix whose width plus the ellipsis' fits (thousands of periods per drawing).
  const room = width / fontSize - charEm('…');
  const chars = [...text];
  let em = 0;
  let length = 0;
  while (length < chars.length && em + charEm(chars[length]!) <= room)
    em += charEm(chars[length++]!);
  return length >= 4 ? `${chars.slice(0, length).join('').trimEnd()}…` : '';
}

interface Row {
  lane: ReportLane;
  laneIndex: number;
  subLane: SubLaneId | null;
  title: string;
  items: InquiryItem[];
  /** Line of each item, in items' order. */
  track: number[];
  tracks: number;
}

function rowsOf(model: ReportModel): Row[] {
  const rows: Row[] = [];
  model.lanes.forEach((lane, laneIndex) => {
    // The forms lane draws the aid periods per CPAS, as the swimlanes do (shared/presentation/forms-lane.ts).
    const items =
      lane.id === 'forms'
        ? formsLaneDrawnItems(
            lane.rows.map((row) => row.item),
            {
              stop: (date) => model.t('answers.aid.stop', { date: isoToDisplayDate(date) }),
              stopPoint: model.t('answers.aid.stopPoint'),
            },
            model.language,
          )
        : lane.rows.map((row) => row.item);
    const subLanes = (SUB_LANES as Partial<Record<LaneId, readonly SubLaneId[]>>)[lane.id] ?? [];
    if (subLanes.length === 0) {
      rows.push(row(lane, laneIndex, null, lane.title, items));
      return;
    }
    for (const subLane of subLanes) {
      const own = items.filter((item) => item.subLane === subLane);
      rows.push(row(lane, laneIndex, subLane, model.t(`result.subLane.${subLane}`), own));
    }
    const unassigned = items.filter((item) => !item.subLane || !subLanes.includes(item.subLane));
    if (unassigned.length > 0) rows.push(row(lane, laneIndex, null, '–', unassigned));
  });
  return rows;
}

function row(
  lane: ReportLane,
  laneIndex: number,
  subLane: SubLaneId | null,
  title: string,
  unsorted: InquiryItem[],
): Row {
  const items = [...unsorted].sort((a, b) => itemSpan(a).start - itemSpan(b).start);
  // Overlapping periods of one row go on separate lines, as the swimlanes stack them.
  const ends: number[] = [];
  const track = items.map((item) => {
    const { start, endExclusive } = itemSpan(item);
    let line = ends.findIndex((end) => end <= start);
    if (line === -1) line = ends.push(endExclusive) - 1;
    else ends[line] = endExclusive;
    return line;
  });
  return { lane, laneIndex, subLane, title, items, track, tracks: Math.max(1, ends.length) };
}

/** The largest per-row line count whose rows fit the height at the smallest readable line. */
function lineCap(rows: Row[], available: number): number {
  const most = Math.max(...rows.map((r) => r.tracks));
  for (let cap = most; cap > 1; cap--) {
    const lines = rows.reduce((sum, r) => sum + Math.min(r.tracks, cap), 0);
    if (lines * MIN_TRACK + rows.length * 2 * ROW_PAD <= available) return cap;
  }
  return 1;
}

function ticks(
  fromMs: number,
  toExclusive: number,
  plotWidth: number,
): { at: number; label: string }[] {
  const spanDays = (toExclusive - fromMs) / DAY;
  const out: { at: number; label: string }[] = [];
  const first = new Date(fromMs).getUTCFullYear();
  const last = new Date(toExclusive).getUTCFullYear();
  if (spanDays > 2 * 366) {
    const yearWidth = (plotWidth * 365.25) / spanDays;
    const step = [1, 2, 5, 10, 20, 50].find((k) => yearWidth * k >= 8) ?? 100;
    for (let year = first; year <= last; year++) {
      const at = Date.UTC(year, 0, 1);
      if (at < fromMs || at >= toExclusive) continue;
      out.push({ at, label: year % step === 0 ? String(year) : '' });
    }
    return out;
  }
  const monthWidth = (plotWidth * 30.44) / spanDays;
  const step = [1, 2, 3, 6].find((k) => monthWidth * k >= 13) ?? 12;
  for (let year = first; year <= last; year++) {
    for (let month = 0; month < 12; month++) {
      const at = Date.UTC(year, month, 1);
      if (at < fromMs || at >= toExclusive) continue;
      const label = month % step === 0 ? `${String(month + 1).padStart(2, '0')}/${year}` : '';
      out.push({ at, label });
    }
  }
  return out;
}

const n = (value: number) => (Math.round(value * 100) / 100).toString();

function text(x: number, y: number, content: string, attributes: string, fontSize: number): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${n(fontSize)}" ${attributes}>${escapeHtml(content)}</text>`;
}

/**
 * Patterns that tell blocked and fraud apart in black and white: markers never rely on colour alone; and the
 * light hatching of a lane whose section the BCSS did not give (unknown, not empty).
 */
const DEFS =
  '<defs>' +
  '<pattern id="hatch-blocked" width="1.2" height="1.2" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
  '<rect width="0.45" height="1.2" fill="#8c1a14"/></pattern>' +
  '<pattern id="hatch-fraud" width="1.4" height="1.4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
  '<rect width="0.4" height="1.4" fill="#6b4200"/><rect width="1.4" height="0.4" fill="#6b4200"/></pattern>' +
  '<pattern id="missing-hatch" width="2" height="2" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">' +
  '<rect width="2" height="2" fill="#fdecec"/><rect width="0.35" height="2" fill="#e2a5a5"/></pattern>' +
  '</defs>';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The whole years of the requested period where things happen (periods begin or end), up to the
 * consultation, when they are under half of the period: someone whose file changes over 5 of the 37 years
 * asked for gets a second drawing of those years, where periods are wide enough to read. Periods that
 * only run through (a nationality since birth) do not count. null when the first drawing is readable.
 */
export function dataWindow(
  items: readonly InquiryItem[],
  period: { from: string; to: string },
  consultedAt: string,
): { from: string; to: string } | null {
  const fromMs = dayMs(period.from);
  const toExclusive = dayMs(period.to) + DAY;
  const events: number[] = [];
  for (const item of items) {
    const { start, endExclusive } = itemSpan(item);
    if (start >= fromMs && start < toExclusive) events.push(start);
    if (endExclusive > fromMs && endExclusive <= toExclusive) events.push(endExclusive - DAY);
  }
  if (events.length === 0) return null;
  const consulted = dayMs(consultedAt.slice(0, 10));
  if (consulted >= fromMs && consulted < toExclusive) events.push(consulted);
  const year = (ms: number) => new Date(ms).getUTCFullYear();
  const start = Math.max(fromMs, Date.UTC(year(Math.min(...events)), 0, 1));
  const end = Math.min(toExclusive, Date.UTC(year(Math.max(...events)) + 1, 0, 1));
  if (end - start >= 0.5 * (toExclusive - fromMs)) return null;
  return { from: isoDay(start), to: isoDay(end - DAY) };
}

export function renderTimelineSvg(model: ReportModel, geometry: TimelineGeometry): TimelineSvg {
  const width = geometry.widthMm;
  const plotX = LANE_COL + SUB_COL + GUTTER;
  const plotWidth = width - plotX - RIGHT;
  const fromMs = dayMs(geometry.period.from);
  const toExclusive = dayMs(geometry.period.to) + DAY;
  const x = (ms: number) => plotX + ((ms - fromMs) / (toExclusive - fromMs)) * plotWidth;

  const rows = rowsOf(model);
  const available = geometry.maxHeightMm - AXIS_TOP - AXIS_BOTTOM;
  const cap = lineCap(rows, available);
  const lines = rows.reduce((sum, r) => sum + Math.min(r.tracks, cap), 0);
  const trackHeight = Math.max(
    MIN_TRACK,
    Math.min(MAX_TRACK, (available - rows.length * 2 * ROW_PAD) / lines),
  );

  const out: string[] = [];
  const background: string[] = [];
  const grid: string[] = [];
  let overlapped = 0;
  let y = AXIS_TOP;
  const laneTops = new Map<number, { top: number; bottom: number; lane: ReportLane }>();

  for (const r of rows) {
    const lineCount = Math.min(r.tracks, cap);
    const height = lineCount * trackHeight + 2 * ROW_PAD;
    const span = laneTops.get(r.laneIndex);
    laneTops.set(r.laneIndex, { top: span?.top ?? y, bottom: y + height, lane: r.lane });
    if (r.laneIndex % 2 === 1) {
      background.push(
        `<rect x="0" y="${n(y)}" width="${n(width)}" height="${n(height)}" fill="#f4f6f8"/>`,
      );
    }
    // Row title: the sub-lane (with its count) in its column, or the lane itself across both columns.
    const count = r.lane.missing ? ' (–)' : ` (${r.items.length})`;
    const titleX = r.subLane || r.lane.hasSubLanes ? LANE_COL + 1 : 1;
    const titleWidth = r.subLane || r.lane.hasSubLanes ? SUB_COL - 2 : LANE_COL + SUB_COL - 2;
    const titleFont = r.lane.hasSubLanes ? 2.2 : 2.5;
    const titleLines = wrapText(
      r.title + count,
      titleWidth,
      titleFont,
      Math.max(1, Math.floor((height - 0.4) / (titleFont * 1.15))),
    );
    const firstBaseline =
      y + height / 2 - ((titleLines.length - 1) * titleFont * 1.15) / 2 + titleFont * 0.35;
    titleLines.forEach((line, i) => {
      const weight = r.lane.hasSubLanes ? '' : ' font-weight="bold"';
      out.push(
        text(
          titleX,
          firstBaseline + i * titleFont * 1.15,
          line,
          `fill="#1d2733"${weight}`,
          titleFont,
        ),
      );
    });

    const colours = laneColours(r.lane.id, r.subLane);
    r.items.forEach((item, index) => {
      const { start, endExclusive } = itemSpan(item);
      if (Number.isNaN(start) || endExclusive <= fromMs || start >= toExclusive) return;
      let line = r.track[index] ?? 0;
      if (line >= cap) {
        line = cap - 1;
        overlapped++;
      }
      const x0 = x(Math.max(start, fromMs));
      const x1 = x(Math.min(endExclusive, toExclusive));
      const w = Math.max(MIN_WIDTH, x1 - x0);
      const top = y + ROW_PAD + line * trackHeight + 0.2;
      const h = trackHeight - 0.4;
      const middle = top + h / 2;
      const incomplete =
        item.begin.precision !== 'day' || (item.end !== null && item.end.precision !== 'day');
      const dash = incomplete ? ' stroke-dasharray="0.9 0.5"' : '';
      const strokeWidth = item.markers.fraud ? 0.45 : incomplete ? 0.3 : 0.2;
      const stroke = item.markers.fraud ? '#6b4200' : colours.stroke;
      // Class names say what the drawing shows (and let tests read it back); they cost no ink.
      const classes = [
        'period',
        endExclusive === Infinity ? 'open' : '',
        incomplete ? 'incomplete' : '',
        item.markers.blocked ? 'blocked' : '',
        item.markers.fraud ? 'fraud' : '',
        start < fromMs ? 'clipped-start' : '',
        endExclusive !== Infinity && endExclusive > toExclusive ? 'clipped-end' : '',
      ].filter(Boolean);
      out.push(
        `<rect class="${classes.join(' ')}" x="${n(x0)}" y="${n(top)}" width="${n(w)}" height="${n(h)}" rx="0.3" fill="${colours.fill}" stroke="${stroke}" stroke-width="${strokeWidth}"${dash}/>`,
      );
      const pattern = item.markers.fraud
        ? 'hatch-fraud'
        : item.markers.blocked
          ? 'hatch-blocked'
          : null;
      if (pattern) {
        out.push(
          `<rect x="${n(x0)}" y="${n(top)}" width="${n(w)}" height="${n(h)}" fill="url(#${pattern})" fill-opacity="0.55"/>`,
        );
      }
      if (start < fromMs) {
        // Starts before the period: an outlined chevron in the gutter, left of the plot.
        out.push(
          `<polyline class="chevron-start" points="${n(plotX - 0.5)},${n(top + 0.3)} ${n(plotX - 1.9)},${n(middle)} ${n(plotX - 0.5)},${n(top + h - 0.3)}" fill="none" stroke="${colours.stroke}" stroke-width="0.35"/>`,
        );
      }
      if (endExclusive === Infinity) {
        // Open (ongoing): a filled arrow past the edge, as the legend's "→ jusqu'au bord".
        const end = plotX + plotWidth;
        out.push(
          `<polygon class="open-arrow" points="${n(end)},${n(top - 0.1)} ${n(end + 2.4)},${n(middle)} ${n(end)},${n(top + h + 0.1)}" fill="${colours.stroke}"/>`,
        );
      } else if (endExclusive > toExclusive) {
        const end = plotX + plotWidth;
        out.push(
          `<polyline class="chevron-end" points="${n(end + 0.5)},${n(top + 0.3)} ${n(end + 1.9)},${n(middle)} ${n(end + 0.5)},${n(top + h - 0.3)}" fill="none" stroke="${colours.stroke}" stroke-width="0.35"/>`,
        );
      }
      const glyphs = `${item.markers.blocked ? '⊘' : ''}${item.markers.fraud ? '⚠' : ''}`;
      const label = `${glyphs ? `${glyphs} ` : ''}${item.label[model.language] || item.label.fr}`;
      const font = Math.min(LABEL_FONT, h - 0.7);
      // A long label is cut with '…' rather than dropped: the table below holds it whole.
      const shown = font >= 1.5 ? fitText(label, w - 1.4, font) : '';
      if (shown && (!glyphs || shown.startsWith(glyphs))) {
        out.push(text(x0 + 0.7, middle + font * 0.36, shown, 'fill="#111"', font));
      } else if (glyphs) {
        // Too narrow for its label: the marker still shows, haloed over whatever is around.
        const glyphFont = Math.max(1.8, Math.min(2.6, h));
        out.push(
          text(
            x0 + w / 2,
            middle + glyphFont * 0.36,
            glyphs,
            'text-anchor="middle" fill="#8c1a14" font-weight="bold" stroke="#fff" stroke-width="0.35" paint-order="stroke"',
            glyphFont,
          ),
        );
      }
    });
    if (r.lane.missing && !r.lane.hasSubLanes) {
      // Unknown, not empty: hatched across the plot, and said in words.
      background.push(
        `<rect x="${n(plotX)}" y="${n(y)}" width="${n(plotWidth)}" height="${n(height)}" fill="url(#missing-hatch)"/>`,
      );
      out.push(
        text(
          plotX + 1,
          y + height / 2 + 0.8,
          r.lane.missing.text,
          'fill="#a31515" font-weight="bold" stroke="#fff" stroke-width="0.5" paint-order="stroke"',
          2.2,
        ),
      );
    } else if (r.items.length === 0 && r.lane.rows.length === 0 && !r.lane.hasSubLanes) {
      out.push(
        text(
          plotX + 1,
          y + height / 2 + 0.8,
          model.t('result.empty'),
          'fill="#5d6878" font-style="italic"',
          2.2,
        ),
      );
    }
    y += height;
    grid.push(
      `<line x1="${n(r.lane.hasSubLanes ? LANE_COL : 0)}" y1="${n(y)}" x2="${n(width)}" y2="${n(y)}" stroke="#d0d6de" stroke-width="0.15"/>`,
    );
  }
  const bottom = y;

  // Lanes with sub-lanes: the lane's title, centred over its rows; every lane closed by a darker line.
  for (const { top, bottom: laneBottom, lane } of laneTops.values()) {
    grid.push(
      `<line x1="0" y1="${n(laneBottom)}" x2="${n(width)}" y2="${n(laneBottom)}" stroke="#8a94a3" stroke-width="0.3"/>`,
    );
    if (!lane.hasSubLanes) continue;
    const lines = wrapText(`${lane.title} (${lane.rows.length})`, LANE_COL - 2, 2.5, 4);
    const first = (top + laneBottom) / 2 - ((lines.length - 1) * 2.9) / 2 + 0.9;
    lines.forEach((line, i) =>
      out.push(text(1, first + i * 2.9, line, 'fill="#1d2733" font-weight="bold"', 2.5)),
    );
    if (lane.rows.length === 0) {
      out.push(
        text(
          plotX + 1,
          (top + laneBottom) / 2 + 0.8,
          model.t('result.empty'),
          'fill="#5d6878" font-style="italic"',
          2.2,
        ),
      );
    }
  }

  // The axis: ticks and labels on top, the period's own first and last days below.
  const axis: string[] = [];
  for (const tick of ticks(fromMs, toExclusive, plotWidth)) {
    const tx = x(tick.at);
    grid.push(
      `<line x1="${n(tx)}" y1="${n(AXIS_TOP)}" x2="${n(tx)}" y2="${n(bottom)}" stroke="${tick.label ? '#c3cad3' : '#e3e7ec'}" stroke-width="0.15"/>`,
    );
    axis.push(
      `<line x1="${n(tx)}" y1="${n(AXIS_TOP - (tick.label ? 1.6 : 0.8))}" x2="${n(tx)}" y2="${n(AXIS_TOP)}" stroke="#5d6878" stroke-width="0.2"/>`,
    );
    if (tick.label && tx + 0.5 + textWidth(tick.label, 2.3) <= width) {
      axis.push(text(tx + 0.5, AXIS_TOP - 2, tick.label, 'fill="#1d2733"', 2.3));
    }
  }
  axis.push(
    `<rect class="frame" x="${n(plotX)}" y="${n(AXIS_TOP)}" width="${n(plotWidth)}" height="${n(bottom - AXIS_TOP)}" fill="none" stroke="#5d6878" stroke-width="0.25"/>`,
    text(
      plotX,
      bottom + 3.6,
      geometry.period.from.split('-').reverse().join('/'),
      'fill="#1d2733"',
      2.3,
    ),
    text(
      plotX + plotWidth,
      bottom + 3.6,
      geometry.period.to.split('-').reverse().join('/'),
      'fill="#1d2733" text-anchor="end"',
      2.3,
    ),
  );
  const consulted = dayMs(geometry.consultedAt.slice(0, 10));
  if (consulted >= fromMs && consulted < toExclusive) {
    const cx = x(consulted + DAY / 2);
    axis.push(
      `<line x1="${n(cx)}" y1="${n(AXIS_TOP)}" x2="${n(cx)}" y2="${n(bottom)}" stroke="#c62828" stroke-width="0.3" stroke-dasharray="1.2 0.8"/>`,
    );
  }

  const height = bottom + AXIS_BOTTOM;
  const title = model.texts.timeline;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" class="timeline" role="img" aria-label="${escapeHtml(title)}" width="${n(width)}mm" height="${n(height)}mm" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${escapeHtml(TIMELINE_FONT)}">` +
    DEFS +
    background.join('') +
    grid.join('') +
    axis.join('') +
    out.join('') +
    '</svg>';
  return { svg, heightMm: height, overlapped };
}
