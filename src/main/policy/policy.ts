// The machine-wide policy file CPAS IT deploys: presets and locks for the organisation, the environments and
// their addresses, the proxy, the retention and the allowed environments. Validated whole (zod, unknown keys
// refused): an invalid file is reported at start and ignored, never half-applied.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ENVIRONMENT_NAMES, REMOTE_ENVIRONMENTS } from '../../shared/domain/environments';
import { parseCbe } from '../../shared/domain/niss';

const httpsUrl = z
  .string()
  .max(2000)
  .refine(
    (text) => URL.canParse(text) && new URL(text).protocol === 'https:',
    'an https:// address',
  );
/** `http://host:port` alone, as Settings takes it: credentials have no place in a machine-wide file. */
const proxyUrl = z
  .string()
  .max(2000)
  .refine((text) => {
    if (!URL.canParse(text)) return false;
    const url = new URL(text);
    return (
      ['http:', 'https:'].includes(url.protocol) &&
      !url.username &&
      !url.password &&
      url.pathname === '/' &&
      !url.search &&
      !url.hash
    );
  }, 'an http:// or https:// proxy address (host and port, no credentials or path)');
const environmentName = z.enum(ENVIRONMENT_NAMES);

export const policySchema = z
  .object({
    /** The CPAS: its name and enterprise number (CBE), preset; locked = not editable in Settings. */
    organisation: z
      .object({
        cpasName: z.string().trim().min(1).max(400),
        cbe: z.string().refine((text) => parseCbe(text).ok, 'a valid CBE number'),
        locked: z.boolean().default(true),
      })
      .strict()
      .optional(),
    environments: z
      .object({
        /** The environments the app may use (e.g. ["production"]); the others are refused. */
        allowed: z.array(environmentName).min(1).optional(),
        /** The environment the app works in at start. */
        active: environmentName.optional(),
        /** Base addresses of the BCSS per environment. */
        addresses: z.partialRecord(z.enum(REMOTE_ENVIRONMENTS), httpsUrl).optional(),
        /** Locked: the addresses and the active environment cannot be changed in Settings. */
        locked: z.boolean().default(true),
      })
      .strict()
      .optional(),
    /** An explicit proxy for the BCSS calls (none: the system's). */
    proxy: z
      .object({ url: proxyUrl.nullable(), locked: z.boolean().default(true) })
      .strict()
      .optional(),
    /**
     * Per remote environment, what alone is trusted for the BCSS: a CA (PEM) or the server certificate's
     * SHA-256 fingerprint, in place of the system's CAs.
     */
    trust: z
      .object({
        pins: z.partialRecord(
          z.enum(REMOTE_ENVIRONMENTS),
          z
            .object({
              caPem: z
                .string()
                .max(256 * 1024)
                .refine((text) => text.includes('-----BEGIN CERTIFICATE-----'), 'a PEM certificate')
                .optional(),
              serverFingerprint: z
                .string()
                .refine(
                  (text) => /^[0-9a-f]{64}$/i.test(text.replace(/[\s:]/g, '')),
                  'a SHA-256 fingerprint (64 hex digits)',
                )
                .optional(),
            })
            .strict()
            .refine((pin) => pin.caPem || pin.serverFingerprint, 'a caPem or a serverFingerprint'),
        ),
        locked: z.boolean().default(true),
      })
      .strict()
      .optional(),
    retention: z
      .object({ days: z.number().int().min(1).max(3650), locked: z.boolean().default(true) })
      .strict()
      .optional(),
  })
  .strict()
  .refine(
    (policy) =>
      !policy.environments?.active ||
      !policy.environments.allowed ||
      policy.environments.allowed.includes(policy.environments.active),
    {
      message: 'the active environment must be one of the allowed ones',
      path: ['environments', 'active'],
    },
  );

export type Policy = z.infer<typeof policySchema>;

/** Why a policy file was ignored (reported at start, with its path). */
export interface PolicyProblem {
  path: string;
  reason: 'unreadable' | 'invalid-json' | 'invalid';
  /** Each problem as `where: what` (e.g. `organisation.cbe: a valid CBE number`). */
  issues: string[];
}

export interface LoadedPolicy {
  path: string;
  /** null: no policy file, or an invalid one (then `problem` says why). */
  policy: Policy | null;
  problem: PolicyProblem | null;
}

/**
 * Where the policy file lives: %ProgramData%\Inquiry Desk\policy.json on Windows,
 * /Library/Application Support/Inquiry Desk/policy.json on macOS, /etc/inquiry-desk/policy.json elsewhere;
 * INQUIRY_DESK_POLICY_FILE overrides it (tests, and IT trying a file out).
 */
export function policyPath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (env.INQUIRY_DESK_POLICY_FILE) return env.INQUIRY_DESK_POLICY_FILE;
  if (platform === 'win32')
    return join(
      env.ProgramData || env.PROGRAMDATA || 'C:\\ProgramData',
      'Inquiry Desk',
      'policy.json',
    );
  if (platform === 'darwin') return '/Library/Application Support/Inquiry Desk/policy.json';
  return '/etc/inquiry-desk/policy.json';
}

export function parsePolicy(path: string, text: string): LoadedPolicy {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const issues = [error instanceof Error ? error.message : String(error)];
    return { path, policy: null, problem: { path, reason: 'invalid-json', issues } };
  }
  const parsed = policySchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => {
      const where = issue.path.join('.') || '(file)';
      const keys = 'keys' in issue && Array.isArray(issue.keys) ? ` ${issue.keys.join(', ')}` : '';
      return `${where}: ${issue.message}${keys}`;
    });
    return { path, policy: null, problem: { path, reason: 'invalid', issues } };
  }
  return { path, policy: parsed.data, problem: null };
}

/** Reads the policy file; none is no policy. */
export function loadPolicy(
  path: string = policyPath(),
  read: (path: string) => string = (p) => readFileSync(p, 'utf8'),
): LoadedPolicy {
  let text: string;
  try {
    text = read(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { path, policy: null, problem: null };
    const issues = [(error as Error).message];
    return { path, policy: null, problem: { path, reason: 'unreadable', issues } };
  }
  return parsePolicy(path, text);
}

/** The settings the policy locks, by name (shown as such in Settings). */
export type LockedSetting = 'organisation' | 'environments' | 'proxy' | 'trust' | 'retention';

export function lockedSettings(policy: Policy | null): LockedSetting[] {
  if (!policy) return [];
  const locked: LockedSetting[] = [];
  if (policy.organisation?.locked) locked.push('organisation');
  if (policy.environments?.locked) locked.push('environments');
  if (policy.proxy?.locked) locked.push('proxy');
  if (policy.trust?.locked) locked.push('trust');
  if (policy.retention?.locked) locked.push('retention');
  return locked;
}
