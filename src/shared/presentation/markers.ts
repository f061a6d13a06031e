// What each period must show at a glance, as text and class names, so nothing is told by colour alone.
import type { TFunction } from 'i18next';
import type { InquiryItem } from '../domain/inquiry';

export type MarkerKind =
  | 'blocked'
  | 'fraud'
  | 'mainBeneficiary'
  | 'partner'
  | 'parentProcedure'
  /** The stop that ended an aid period, on the aid's bar (forms lane). */
  | 'stop';

export interface Marker {
  kind: MarkerKind;
  text: string;
}

/** The markers of an item, most serious first. */
export function itemMarkers(item: InquiryItem, t: TFunction): Marker[] {
  const markers: Marker[] = [];
  if (item.markers.blocked) markers.push({ kind: 'blocked', text: t('result.marker.blocked') });
  if (item.markers.fraud) markers.push({ kind: 'fraud', text: t('result.marker.fraud') });
  if (item.markers.role === 'MAIN_BENEFICIARY') {
    markers.push({ kind: 'mainBeneficiary', text: t('result.marker.mainBeneficiary') });
  } else if (item.markers.role === 'PARTNER') {
    markers.push({ kind: 'partner', text: t('result.marker.partner') });
  }
  if (item.markers.parentProcedure) {
    markers.push({ kind: 'parentProcedure', text: t('result.marker.parentProcedure') });
  }
  return markers;
}

/** Blocking and fraud come before the label, so they show even on a narrow item; the rest follows it. */
export function isLeadingMarker(marker: Marker): boolean {
  return marker.kind === 'blocked' || marker.kind === 'fraud';
}

/** Whether a date of the item is incomplete (drawn over its whole month or year). */
export function hasIncompleteDate(item: InquiryItem): boolean {
  return item.begin.precision !== 'day' || (item.end !== null && item.end.precision !== 'day');
}

/** Class names of an item, shared by the timeline and the table. */
export function itemClasses(item: InquiryItem): string[] {
  const classes = [`lane-${item.lane}`];
  if (item.subLane) classes.push(`sublane-${item.subLane}`);
  if (item.end === null) classes.push('is-open');
  if (hasIncompleteDate(item)) classes.push('is-incomplete');
  if (item.markers.blocked) classes.push('is-blocked');
  if (item.markers.fraud) classes.push('is-fraud');
  if (item.markers.role === 'PARTNER') classes.push('is-partner');
  if (item.markers.role === 'MAIN_BENEFICIARY') classes.push('is-main-beneficiary');
  if (item.markers.parentProcedure) classes.push('is-parent-procedure');
  return classes;
}
