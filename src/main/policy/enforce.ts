// The policy at work: its presets applied at start through the same handlers the Settings screen uses, and
// every call that would change a locked setting refused with SETTING_LOCKED.
import type { DeskHandlers } from '../../shared/contract/contract';
import { DeskFailure } from '../../shared/contract/errors';
import { parseCbe } from '../../shared/domain/niss';
import type { LockedSetting, Policy } from './policy';

const DEFAULT_RETENTION_DAYS = 30;

function refuse(setting: LockedSetting, field?: string): never {
  throw new DeskFailure({
    code: 'SETTING_LOCKED',
    messageKey: 'policy.locked',
    details: { setting, ...(field ? { field } : {}) },
  });
}

const sameCbe = (a: string, b: string) => {
  const left = parseCbe(a);
  const right = parseCbe(b);
  return left.ok && right.ok ? left.value === right.value : a === b;
};

/** The handlers, with the changes the policy forbids refused before they reach the settings. */
export function guardHandlers(handlers: DeskHandlers, policy: Policy | null): DeskHandlers {
  if (!policy) return handlers;
  const { organisation, environments, retention } = policy;
  return {
    ...handlers,
    saveOrganisation: (input) => {
      if (organisation?.locked) {
        if (input.cpasName.trim() !== organisation.cpasName) refuse('organisation', 'cpasName');
        if (!sameCbe(input.cbe, organisation.cbe)) refuse('organisation', 'cbe');
      }
      return handlers.saveOrganisation(input);
    },
    selectEnvironment: (input) => {
      if (environments?.allowed && !environments.allowed.includes(input.name))
        refuse('environments', 'allowed');
      if (environments?.locked && environments.active && input.name !== environments.active)
        refuse('environments', 'active');
      return handlers.selectEnvironment(input);
    },
    updateEnvironment: (input) => {
      const address = environments?.addresses?.[input.name];
      if (
        environments?.locked &&
        address &&
        input.patch.baseUrl !== undefined &&
        input.patch.baseUrl !== address
      )
        refuse('environments', 'baseUrl');
      return handlers.updateEnvironment(input);
    },
    resetEnvironment: (input) => {
      if (environments?.locked && environments.addresses?.[input.name])
        refuse('environments', 'baseUrl');
      return handlers.resetEnvironment(input);
    },
    setRetention: (input) => {
      if (retention?.locked && input.days !== retention.days) refuse('retention', 'days');
      return handlers.setRetention(input);
    },
  };
}

/**
 * Applies the policy's values at start. A locked value is always applied; an unlocked one is a preset, applied
 * while the setting still has its default (no organisation yet, the default retention, an environment not in
 * the allowed list). Returns the problems met (a vault that cannot open, for the retention), each as a line.
 */
export async function applyPolicy(
  handlers: DeskHandlers,
  policy: Policy | null,
): Promise<string[]> {
  if (!policy) return [];
  const problems: string[] = [];
  const attempt = async (what: string, step: () => unknown) => {
    try {
      await step();
    } catch (error) {
      problems.push(
        `${what}: ${error instanceof DeskFailure ? `${error.error.code} ${JSON.stringify(error.error.details ?? {})}` : (error as Error).message}`,
      );
    }
  };
  const settings = await handlers.getSettings(undefined as never);
  const { organisation, environments, retention } = policy;
  if (organisation && (organisation.locked || !settings.organisation)) {
    await attempt('organisation', () =>
      handlers.saveOrganisation({ cpasName: organisation.cpasName, cbe: organisation.cbe }),
    );
  }
  for (const [name, baseUrl] of Object.entries(environments?.addresses ?? {})) {
    await attempt(`environments.addresses.${name}`, () =>
      handlers.updateEnvironment({
        name: name as 'test' | 'acceptance' | 'production',
        patch: { baseUrl },
      }),
    );
  }
  const active = (await handlers.getAppInfo(undefined as never)).environment;
  const allowed = environments?.allowed;
  const target =
    environments?.active && (environments.locked || (allowed && !allowed.includes(active)))
      ? environments.active
      : allowed && !allowed.includes(active)
        ? allowed[0]
        : null;
  if (target && target !== active)
    await attempt('environments.active', () =>
      handlers.selectEnvironment({ name: target, confirmed: true }),
    );
  if (retention) {
    await attempt('retention', async () => {
      const current = await handlers.getRetention(undefined as never);
      if (retention.locked || current.days === DEFAULT_RETENTION_DAYS)
        await handlers.setRetention({ days: retention.days });
    });
  }
  return problems;
}
