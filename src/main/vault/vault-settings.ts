// The vault's own settings (the retention period), encrypted like the records so they cannot be tampered with unnoticed.
import { join } from 'node:path';
import { sealJson, UnreadableRecord, unsealJson } from './record-crypto';
import { readFileOrNull, writeFileAtomic, type VaultFs } from './vault-fs';

export const SETTINGS_FILE = 'settings.bin';
const CONTEXT = 'settings';
export const DEFAULT_RETENTION_DAYS = 30;
export const MAX_RETENTION_DAYS = 3650;

export interface VaultSettings {
  retentionDays: number;
}

export type SettingsRead =
  | { ok: true; settings: VaultSettings }
  /** Unreadable: the caller must not guess a retention period and purge with it. */
  | { ok: false };

export async function readSettings(fs: VaultFs, dir: string, key: Buffer): Promise<SettingsRead> {
  const raw = await readFileOrNull(fs, join(dir, SETTINGS_FILE));
  if (raw === null) return { ok: true, settings: { retentionDays: DEFAULT_RETENTION_DAYS } };
  try {
    const value = unsealJson(key, raw, CONTEXT) as Partial<VaultSettings> | null;
    if (isRetentionDays(value?.retentionDays)) {
      return { ok: true, settings: { retentionDays: value.retentionDays } };
    }
  } catch (error) {
    if (!(error instanceof UnreadableRecord)) throw error;
  }
  return { ok: false };
}

export async function writeSettings(
  fs: VaultFs,
  dir: string,
  key: Buffer,
  settings: VaultSettings,
): Promise<void> {
  await writeFileAtomic(fs, dir, SETTINGS_FILE, sealJson(key, settings, CONTEXT));
}

export function isRetentionDays(value: unknown): value is number {
  return (
    Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_RETENTION_DAYS
  );
}
