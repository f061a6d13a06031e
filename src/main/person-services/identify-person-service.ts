// IdentifyPerson for the start screen: candidates found by name and birth date (phonetically, within the
// tolerance), capped like the real service; audited in the active environment.
import { DeskFailure } from '../../shared/contract/errors';
import type { IdentifyResult } from '../../shared/contract/person-services';
import {
  IDENTIFY_PERSON,
  SearchCriteriaError,
  searchPersons,
  type PhoneticSearchCall,
  type SsdnCallBase,
} from '../bcss';
import type { BcssCallRunner } from './bcss-call-runner';

const AUDIT_CONTEXT = `${IDENTIFY_PERSON.serviceId}:${IDENTIFY_PERSON.version}`;

/** The criteria of a phonetic search, without the call's own ticket and time. */
export type PersonSearch = Omit<PhoneticSearchCall, keyof SsdnCallBase>;

export interface IdentifyPersonService {
  search(criteria: PersonSearch): Promise<IdentifyResult>;
}

export function createIdentifyPersonService(runner: BcssCallRunner): IdentifyPersonService {
  return {
    async search(criteria) {
      try {
        // The audit log names who was looked for only by NISS: a search has none yet.
        return await runner.run(
          { service: 'IdentifyPerson', niss: '', legalContext: AUDIT_CONTEXT },
          (endpoint, context) => searchPersons(endpoint, { ...context, ...criteria }),
        );
      } catch (error) {
        if (error instanceof SearchCriteriaError) {
          throw new DeskFailure({ code: 'INVALID_INPUT', messageKey: 'identify.error.criteria' });
        }
        throw error;
      }
    },
  };
}
