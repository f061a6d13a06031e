// A comparison in the UI language: one line per changed item (what, which lane, before → after) and one per
// finding that appeared or disappeared. The result screen and the report word it alike.
import type { TFunction } from 'i18next';
import { itemCpas } from '../domain/aid-periods';
import type { InquiryDate, InquiryItem } from '../domain/inquiry';
import type { Language } from '../domain/preferences';
import { findingText, type Translate } from '../findings';
import { formatInquiryDate, formatInquiryPeriod } from '../presentation/format';
import type { ChangeAspect, ComparedItem, InquiryComparison, ItemChangeKind } from './comparison';

export interface ChangeLine {
  kind: ItemChangeKind;
  /** "Added", "Ended"... */
  kindText: string;
  /** Where it is drawn: its sub-lane's title ("RIS", "Commune de résidence"), else its lane's. */
  lane: string;
  /** The item: its label, and for a form the CPAS that sent it. */
  what: string;
  /** Its period, or what changed: "01/01/2024, en cours → 01/01/2024 – 28/02/2025". */
  change: string;
  /** The item's id in the later inquiry (to select it on the swimlanes); null when it is gone. */
  itemId: string | null;
}

export interface FindingChangeLine {
  kind: 'appeared' | 'disappeared';
  kindText: string;
  text: string;
}

const day = (value: string): InquiryDate => ({ value, precision: 'day' });

/** A form over the days it gives aid (what was compared); any other item over its own, possibly incomplete, dates. */
function periodText(side: ComparedItem, t: TFunction): string {
  if (side.item.lane === 'forms') {
    // A stop is a day, not a period.
    if (side.span.end === side.span.begin) return formatInquiryDate(day(side.span.begin));
    return formatInquiryPeriod(day(side.span.begin), side.span.end ? day(side.span.end) : null, t);
  }
  return formatInquiryPeriod(side.item.begin, side.item.end, t);
}

function whatText(item: InquiryItem, language: Language): string {
  const label = item.label[language] || item.label.fr;
  const cpas = item.lane === 'forms' ? itemCpas(item).name : '';
  return [label, cpas].filter(Boolean).join(' · ');
}

function aspectText(
  aspect: ChangeAspect,
  before: ComparedItem,
  after: ComparedItem,
  language: Language,
  t: TFunction,
): string {
  switch (aspect) {
    case 'ended':
    case 'period':
      return `${periodText(before, t)} → ${periodText(after, t)}`;
    case 'status':
      return `${before.item.label[language] || before.item.label.fr} → ${after.item.label[language] || after.item.label.fr}`;
    case 'blocking':
      return t(
        after.item.markers.blocked ? 'answers.comparison.blocked' : 'answers.comparison.unblocked',
      );
    case 'fraud':
      return t(
        after.item.markers.fraud ? 'answers.comparison.fraud' : 'answers.comparison.noFraud',
      );
  }
}

export function changeLines(
  comparison: InquiryComparison,
  language: Language,
  t: TFunction,
): ChangeLine[] {
  return comparison.items.map((change) => {
    const side = (change.after ?? change.before)!;
    const { before, after } = change;
    const changeText =
      before && after
        ? change.aspects.map((a) => aspectText(a, before, after, language, t)).join(' ; ')
        : periodText(side, t);
    return {
      kind: change.kind,
      kindText: t(`answers.comparison.kind.${change.kind}`),
      lane: side.item.subLane
        ? t(`result.subLane.${side.item.subLane}`)
        : t(`result.lane.${side.item.lane}`),
      what: whatText(side.item, language),
      change: changeText,
      itemId: after?.item.id ?? null,
    };
  });
}

export function findingChangeLines(
  comparison: InquiryComparison,
  language: Language,
  t: TFunction,
): FindingChangeLine[] {
  return comparison.findings.map((change) => ({
    kind: change.kind,
    kindText: t(`answers.comparison.finding.${change.kind}`),
    text: findingText(change.finding, language, t as unknown as Translate),
  }));
}
