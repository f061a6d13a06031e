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
