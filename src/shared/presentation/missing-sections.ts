// The words of a section the BCSS did not give (a ListOfAttestation completion that failed): the notice, why,
// and the lanes named in one line. The result screen and the report say it alike.
import type { TFunction } from 'i18next';
import type { Inquiry, MissingSection } from '../domain/inquiry';
import { LANES, missingSections } from '../domain/inquiry';
import { errorSentence } from './error-sentence';

/** The failure's own message (its DeskError's), e.g. "the BCSS is temporarily unavailable". */
export function missingReason(section: MissingSection, t: TFunction): string {
  return errorSentence(section.reason, t);
}

/** The lanes' titles of the missing sections, in lane order, joined for a sentence ("PIIS, Exonérations art. 35"). */
export function missingLaneTitles(inquiry: Pick<Inquiry, 'missing'>, t: TFunction): string {
  return missingSections(inquiry)
    .map((section) => section.lane)
    .sort((a, b) => LANES.indexOf(a) - LANES.indexOf(b))
    .map((lane) => t(`result.lane.${lane}`))
    .join(', ');
}
