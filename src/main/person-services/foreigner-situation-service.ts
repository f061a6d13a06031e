// ForeignerSituation for an inquiry's person: employment cards and work permits, and the special information
// (residence reason, family reunification), both asked at once; audited, kept with the inquiry by the caller.
import type { ForeignerSituationSupplement } from '../../shared/domain/supplements';
import { FOREIGNER_SITUATION, consultEmploymentInfos, consultSpecialInfos } from '../bcss';
import type { BcssCallRunner } from './bcss-call-runner';

export interface ForeignerSituationService {
  consult(ssin: string): Promise<ForeignerSituationSupplement>;
}

export function createForeignerSituationService(
  runner: BcssCallRunner,
  now: () => Date = () => new Date(),
): ForeignerSituationService {
  return {
    async consult(ssin) {
      const event = {
        service: 'ForeignerSituation' as const,
        niss: ssin,
        legalContext: FOREIGNER_SITUATION.legalContext,
      };
      // Both calls end (their retries and audit rows included) before a failure of either is reported:
      // no call is left running behind an error the user already sees.
      const [employmentCall, specialCall] = await Promise.allSettled([
        runner.runTicketed(event, (endpoint, context) =>
          consultEmploymentInfos(endpoint, { ...context, ssin }),
        ),
        runner.runTicketed(event, (endpoint, context) =>
          consultSpecialInfos(endpoint, { ...context, ssin }),
        ),
      ]);
      if (employmentCall.status === 'rejected') throw employmentCall.reason;
      if (specialCall.status === 'rejected') throw specialCall.reason;
      const [employment, special] = [employmentCall.value, specialCall.value];
      return {
        consultedAt: now().toISOString(),
        calls: [employment, special].map(({ ticket, answer }) => ({
          ticket,
          ticketCBSS: answer.ticketCBSS,
        })),
        ssin: employment.answer.ssin,
        replacedBy: employment.answer.replacedBy,
        employmentCards: employment.answer.employmentCards,
        workPermits: employment.answer.workPermits,
        specialInfos: special.answer.specialInfos,
      };
    },
  };
}
