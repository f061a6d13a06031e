// The policy at work: its presets applied at start through the same handlers the Settings screen uses, and
// every call that would change a locked setting refused with SETTING_LOCKED.
import type { DeskHandlers } from '../../shared/contract/contract';
import { DeskFailure } from '../../shared/contract/errors';
import {
  REMOTE_ENVIRONMENTS,
  type ProxySettings,
  type RemoteEnvironmentName,
} from '../../shared/contract/settings';
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

/**
 * The proxy setting the policy gives every remote environment: its `url` as the explicit proxy (the address
 * alone, as Settings keeps it), or null for the computer's own (the system's proxy, else the variables).
 */
export function policyProxy(proxy: NonNullable<Policy['proxy']>): ProxySettings {
  if (proxy.url === null) return { mode: 'env', url: null, user: null };
  const url = new URL(proxy.url);
  return { mode: 'explicit', url: `${url.protocol}//${url.host}`, user: null };
}

const sameProxy = (a: ProxySettings, b: ProxySettings) =>
  a.mode === b.mode && (a.mode !== 'explicit' || (a.url === b.url && !a.user === !b.user));

/** The trust settings a pin of the policy gives its environment: it alone, the system's CAs left out. */
export function policyTrust(pin: { caPem?: string; serverFingerprint?: string }) {
  return {
    trustSystemCas: false,
    caBundlePem: pin.caPem ?? null,
    serverFingerprint: pin.serverFingerprint ?? null,
  };
}

/** The handlers, with the changes the policy forbids refused before they reach the settings. */
export function guardHandlers(handlers: DeskHandlers, policy: Policy | null): DeskHandlers {
  if (!policy) return handlers;
  const { organisation, environments, retention } = policy;
  const lockedProxy = policy.proxy?.locked ? policyProxy(policy.proxy) : null;
  const lockedPin = (name: RemoteEnvironmentName) =>
    policy.trust?.locked ? policy.trust.pins[name] : undefined;
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
      // Settings send the whole form: the locked proxy unchanged passes, any other refused.
      if (lockedProxy && input.patch.proxy && !sameProxy(input.patch.proxy, lockedProxy))
        refuse('proxy', 'proxy');
      // The trust of a pinned environment: the Settings form sends it back unchanged (the PEM apart).
      const pin = lockedPin(input.name);
      if (pin) {
        const { patch } = input;
        if (patch.trustSystemCas === true) refuse('trust', 'trustSystemCas');
        if (patch.caBundlePem !== undefined) refuse('trust', 'caBundlePem');
        const wanted = pin.serverFingerprint?.replace(/[\s:]/g, '').toUpperCase() ?? '';
        if (
          patch.serverFingerprint !== undefined &&
          (patch.serverFingerprint ?? '').replace(/[\s:]/g, '').toUpperCase() !== wanted
        )
          refuse('trust', 'serverFingerprint');
      }
      return handlers.updateEnvironment(input);
    },
    resetEnvironment: async (input) => {
      if (environments?.locked && environments.addresses?.[input.name])
        refuse('environments', 'baseUrl');
      const reset = await handlers.resetEnvironment(input);
      // The defaults, except what the policy locks: its proxy and its pin stay.
      const pin = lockedPin(input.name);
      if (!lockedProxy && !pin) return reset;
      return handlers.updateEnvironment({
        name: input.name,
        patch: { ...(lockedProxy ? { proxy: lockedProxy } : {}), ...(pin ? policyTrust(pin) : {}) },
      });
    },
    setProxyPassword: (input) => {
      // The policy's proxy has no user: a password would be for a proxy it does not allow.
      if (lockedProxy) refuse('proxy', 'proxyPassword');
      return handlers.setProxyPassword(input);
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
  if (policy.proxy) {
    const proxy = policyProxy(policy.proxy);
    for (const name of REMOTE_ENVIRONMENTS) {
      const current = settings.environments.find((view) => view.name === name);
      const untouched =
        current && !current.simulator && current.proxy.mode === 'env' && current.proxy.url === null;
      if (policy.proxy.locked || untouched)
        await attempt(`proxy.${name}`, () =>
          handlers.updateEnvironment({ name: name as RemoteEnvironmentName, patch: { proxy } }),
        );
    }
  }
  if (policy.trust) {
    for (const [name, pin] of Object.entries(policy.trust.pins)) {
      const current = settings.environments.find((view) => view.name === name);
      // Unlocked: a preset, while the environment still trusts the system's CAs alone.
      const untouched =
        current &&
        !current.simulator &&
        current.trustSystemCas &&
        current.caBundle.length === 0 &&
        !current.serverFingerprint;
      if (pin && (policy.trust.locked || untouched))
        await attempt(`trust.pins.${name}`, () =>
          handlers.updateEnvironment({
            name: name as RemoteEnvironmentName,
            patch: policyTrust(pin),
          }),
        );
    }
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
