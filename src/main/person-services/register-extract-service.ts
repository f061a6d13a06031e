// The Tx25 register extract of an inquiry's person (its final NISS), in the UI language, current values or the
// whole history; audited in the active environment, kept with the inquiry by the caller.
import type { Language } from '../../shared/domain/preferences';
import type { RegisterExtractSupplement } from '../../shared/domain/supplements';
import { REGISTER_EXTRACT, retrieveRegisterExtract } from '../bcss';
import type { BcssCallRunner } from './bcss-call-runner';

export interface RegisterExtractService {
  consult(
    ssin: string,
    options: { history: boolean; language: Language },
  ): Promise<RegisterExtractSupplement>;
}

export function createRegisterExtractService(
  runner: BcssCallRunner,
  now: () => Date = () => new Date(),
): RegisterExtractService {
  return {
    async consult(ssin, { history, language }) {
      const { answer, ticket } = await runner.runTicketed(
        { service: 'RetrieveTIGroups', niss: ssin, legalContext: REGISTER_EXTRACT.legalContext },
        (endpoint, context) =>
          retrieveRegisterExtract(endpoint, { ...context, ssin, history, language }),
      );
      const { ticketCBSS, ...extract } = answer;
      return { consultedAt: now().toISOString(), calls: [{ ticket, ticketCBSS }], extract };
    },
  };
}
