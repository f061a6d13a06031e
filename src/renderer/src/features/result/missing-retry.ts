// What the result says while a missing section is asked again, and after: in words, for the status line that
// a screen reader announces (the retry button alone changes too little to notice).
import type { TFunction } from 'i18next';
import type { DeskError } from '../../../../shared/contract/errors';
import { missingSections, type Inquiry, type LaneId } from '../../../../shared/domain/inquiry';
import { missingReason } from '../../../../shared/presentation/missing-sections';
import { displayDetails } from '../../components/error-facts';
import { errorSentence } from '../../../../shared/presentation/error-sentence';

export interface RetryStatus {
  lane: LaneId;
  /** progress: asking; done: the section arrived; missing: it failed again; failed: it could not be asked. */
  tone: 'progress' | 'done' | 'missing' | 'failed';
  text: string;
}

const title = (lane: LaneId, t: TFunction) => t(`result.lane.${lane}`);

export function retryProgress(lane: LaneId, t: TFunction): RetryStatus {
  return { lane, tone: 'progress', text: t('result.missing.progress', { lane: title(lane, t) }) };
}

/** After the retry answered: the section completed (with its number of periods), or still missing and why. */
export function retryOutcome(lane: LaneId, updated: Inquiry, t: TFunction): RetryStatus {
  const still = missingSections(updated).find((section) => section.lane === lane);
  if (still) {
    return {
      lane,
      tone: 'missing',
      text: `${t('result.missing.still', { lane: title(lane, t) })} ${t('result.missing.reason', {
        reason: missingReason(still, t),
      })}`,
    };
  }
  const count = updated.items.filter((item) => item.lane === lane).length;
  return {
    lane,
    tone: 'done',
    text: t('result.missing.completed', { lane: title(lane, t), count }),
  };
}

/** The retry could not be made at all (another environment, the vault locked, the saved copy gone...). */
export function retryFailure(lane: LaneId, error: DeskError, t: TFunction): RetryStatus {
  const reason = errorSentence(error, t, displayDetails(error.details));
  return {
    lane,
    tone: 'failed',
    text: t('result.missing.failed', { lane: title(lane, t), reason }),
  };
}
