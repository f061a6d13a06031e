// The timeline's zoom presets: which window of time each one shows.
import { addDays, addYears, differenceInMilliseconds, subYears } from 'date-fns';
import { dateBounds, type InquiryItem } from '../../../../shared/domain/inquiry';
import type { Period } from '../../../../shared/domain/period';
import { localDate } from './timeline-model';

import type { ZoomPreset } from '../../../../shared/domain/preferences';

export { ZOOM_PRESETS, type ZoomPreset } from '../../../../shared/domain/preferences';

export interface TimeWindow {
  start: Date;
  end: Date;
}

/** Widens a window by a share of its length on each side, so its edges are not glued to the frame. */
function withMargin(window: TimeWindow, share: number): TimeWindow {
  const margin = differenceInMilliseconds(window.end, window.start) * share;
  return {
    start: new Date(window.start.getTime() - margin),
    end: new Date(window.end.getTime() + margin),
  };
}

/**
 * period: the requested period; year / fiveYears: that long, ending where the requested period ends;
 * all: from the earliest begin to the latest of today, the requested period and the closed ends.
 */
export function zoomWindow(
  preset: ZoomPreset,
  period: Period,
  items: readonly Pick<InquiryItem, 'begin' | 'end'>[],
  today: Date,
): TimeWindow {
  const periodStart = localDate(period.from);
  const periodEnd = addDays(localDate(period.to), 1);
  switch (preset) {
    case 'period':
      return withMargin({ start: periodStart, end: periodEnd }, 0.04);
    case 'year':
      return withMargin({ start: subYears(periodEnd, 1), end: periodEnd }, 0.03);
    case 'fiveYears':
      return withMargin({ start: subYears(periodEnd, 5), end: periodEnd }, 0.02);
    case 'all': {
      let start = periodStart;
      let end = periodEnd;
      const dayAfterToday = addDays(
        new Date(today.getFullYear(), today.getMonth(), today.getDate()),
        1,
      );
      if (dayAfterToday > end) end = dayAfterToday;
      for (const item of items) {
        const first = localDate(dateBounds(item.begin).first);
        if (first < start) start = first;
        if (item.end) {
          const last = addDays(localDate(dateBounds(item.end).last), 1);
          if (last > end) end = last;
        }
      }
      // At least a year, so a short answer is not blown up to a few days.
      if (addYears(start, 1) > end) start = subYears(end, 1);
      return withMargin({ start, end }, 0.02);
    }
  }
}

/** The shortest window "go to date" and a finding's link show: a year, where a form's label reads. */
export const READABLE_SPAN_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The window that brings periods into view (a finding's link): all of them with a tenth of their extent on each
 * side, at least `minimumMs` long around their middle, so that they are drawn at a zoom where they read. Open
 * periods run to the timeline's far edge: they count from their start for that readable length, at most up to
 * `horizon` (today or the requested period's end). None (the window stays) when each of them already shows in
 * the current window as itself and that window is not many times wider than theirs (a few pixels at its edge).
 */
export function revealWindow(
  current: TimeWindow,
  targets: readonly { start: Date; end: Date; drawnAlone: boolean }[],
  horizon: Date,
  minimumMs = READABLE_SPAN_MS,
): TimeWindow | null {
  if (targets.length === 0) return null;
  // An open period shows by its start: it counts a readable length at most, never past the horizon.
  const endOf = (target: (typeof targets)[number]) =>
    target.end > horizon
      ? Math.max(
          target.start.getTime(),
          Math.min(target.start.getTime() + minimumMs, horizon.getTime()),
        )
      : target.end.getTime();
  const start = Math.min(...targets.map((target) => target.start.getTime()));
  const end = Math.max(...targets.map(endOf));
  const margin = (end - start) * 0.1;
  const length = Math.max(end - start + 2 * margin, minimumMs);
  const shows = (target: (typeof targets)[number]) =>
    target.drawnAlone && target.end > current.start && target.start < current.end;
  const currentLength = current.end.getTime() - current.start.getTime();
  if (targets.every(shows) && currentLength <= length * MAX_WIDER) return null;
  const middle = (start + end) / 2;
  return { start: new Date(middle - length / 2), end: new Date(middle + length / 2) };
}

/** How much wider than the periods' own window the current one may be and still show them readably. */
const MAX_WIDER = 5;
