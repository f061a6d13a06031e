// ManageAccess for the screens: register the person for the CPAS (what lifts MSG00012), list its registrations,
// remove one whole or for a period; each call in the active environment, audited.
import { DeskFailure } from '../../shared/contract/errors';
import { isSector17Purpose } from '../../shared/domain/access-purposes';
import type {
  AccessRegister,
  AccessResult,
  PersonProof,
} from '../../shared/contract/person-services';
import { MANAGE_ACCESS, listRegistrations, registerPerson, unregisterPerson } from '../bcss';
import type { BcssCallRunner } from './bcss-call-runner';
import { validNiss, validPeriod } from '../inquiry';

/** SSDN services carry no legal context of their own: the audit log names the service and its version. */
const AUDIT_CONTEXT = `${MANAGE_ACCESS.serviceId}:${MANAGE_ACCESS.version}`;

export interface RegisterInput {
  niss: string;
  purpose: number;
  period: { from: string; to: string | null };
  proof?: PersonProof;
}

export interface UnregisterInput {
  niss: string;
  purpose: number;
  /** Without a period the whole registration under this code goes. */
  period?: { from: string; to: string | null };
}

export interface ManageAccessService {
  register(input: RegisterInput): Promise<AccessResult>;
  unregister(input: UnregisterInput): Promise<AccessResult>;
  list(input: { niss: string; register: AccessRegister | 'ALL' }): Promise<AccessResult>;
}

function validPurpose(purpose: number) {
  if (!isSector17Purpose(purpose)) {
    throw new DeskFailure({
      code: 'INVALID_INPUT',
      messageKey: 'access.error.purpose',
      details: { purpose },
    });
  }
  return purpose;
}

export function createManageAccessService(runner: BcssCallRunner): ManageAccessService {
  const event = (niss: string) => ({
    service: 'ManageAccess' as const,
    niss,
    legalContext: AUDIT_CONTEXT,
  });
  return {
    register(input) {
      const ssin = validNiss(input.niss);
      const purpose = validPurpose(input.purpose);
      const period = validPeriod(input.period);
      return runner.run(event(ssin), (endpoint, context) =>
        registerPerson(endpoint, { ...context, ssin, purpose, period, proof: input.proof }),
      );
    },
    unregister(input) {
      const ssin = validNiss(input.niss);
      const purpose = validPurpose(input.purpose);
      const period = input.period ? validPeriod(input.period) : undefined;
      return runner.run(event(ssin), (endpoint, context) =>
        unregisterPerson(endpoint, { ...context, ssin, purpose, period }),
      );
    },
    list(input) {
      const ssin = validNiss(input.niss);
      return runner.run(event(ssin), (endpoint, context) =>
        listRegistrations(endpoint, { ...context, ssin, register: input.register }),
      );
    },
  };
}
