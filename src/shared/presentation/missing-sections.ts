// The words of a section the BCSS did not give (a ListOfAttestation completion that failed): the notice, why,
// and the lanes named in one line. The result screen and the report say it alike.
import type { TFunction } from 'i18next';
import type { Inquiry, MissingSection } from '../domain/inquiry';
import { LANES, missingSections } from '../domain/inquiry';

/** The failure's own message (its DeskError's), e.g. "the BCSS is temporarily unavailable (MSG00001)". */
export function missingReason(section: MissingSection, t: TFunction): string {
  // The key and its values arrive as data from main: checked by the catalogue tests, not the compiler.
  const translate = t as unknown as (key: string, values?: object) => string;
  const text = translate(section.reason.messageKey, { ...section.reason.details });
  return text && text !== section.reason.messageKey ? text : section.reason.code;
}

/** The lanes' titles of the missing sections, in lane order, joined for a sentence ("PIIS, Exonérations art. 35"). */
export function missingLaneTitles(inquiry: Pick<Inquiry, 'missing'>, t: TFunction): string {
  return missingSections(inquiry)
    .map((section) => section.lane)
    .sort((a, b) => LANES.indexOf(a) - LANES.indexOf(b))
    .map((lane) => t(`result.lane.${lane}`))
    .join(', ');
}
