// DeskApi: the machine's policy file, as the Settings screen shows it.
import type { DeskHandlers, PolicyView } from '../../../shared/contract/contract';
import { lockedSettings, type LoadedPolicy } from '../../policy';

export function policyHandlers(loaded: LoadedPolicy) {
  const view: PolicyView = {
    path: loaded.path,
    locked: lockedSettings(loaded.policy),
    allowedEnvironments: loaded.policy?.environments?.allowed ?? null,
    problem: loaded.problem
      ? { reason: loaded.problem.reason, issues: loaded.problem.issues }
      : null,
  };
  return { getPolicy: () => view } satisfies Partial<DeskHandlers>;
}
