// The machine-wide policy file of CPAS IT: read, validated whole, applied at start, locks enforced.
export {
  loadPolicy,
  lockedSettings,
  parsePolicy,
  policyPath,
  policySchema,
  type LoadedPolicy,
  type LockedSetting,
  type Policy,
  type PolicyProblem,
} from './policy';
export { applyPolicy, guardHandlers } from './enforce';
