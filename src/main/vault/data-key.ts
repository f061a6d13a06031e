// Creates the vault's random data key on first use, wrapped by the secret box, and unwraps it afterwards.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { VaultLockedError } from './errors';
import { DATA_KEY_BYTES, keyCheck } from './record-crypto';
import type { SecretBox } from './secret-box';
import { readFileOrNull, writeFileAtomic, type VaultFs } from './vault-fs';

export const KEY_FILE_NAME = 'vault-key.json';

/** What `vault-key.json` holds: no personal data, only the wrapped key and how it was wrapped. */
interface WrappedKeyRecord {
  format: 1;
  kind: SecretBox['kind'];
  /** For the user and support: which OS facility protects the key. The box checks it itself. */
  backend: string;
  wrappedKey: string;
  /** HMAC of the data key: tells a wrong unwrap (wrong key) from a right one. */
  check: string;
  createdAt: string;
}

export async function unlockDataKey(options: {
  fs: VaultFs;
  dir: string;
  box: SecretBox;
  now: () => Date;
  /** Whether records already exist: a vault with data but no key must not get a fresh key. */
  hasRecords: () => Promise<boolean>;
}): Promise<Buffer> {
  const { fs, dir, box } = options;
  const raw = await readFileOrNull(fs, join(dir, KEY_FILE_NAME));
  if (raw === null) {
    if (await options.hasRecords()) throw new VaultLockedError('key-missing');
    const key = randomBytes(DATA_KEY_BYTES);
    const record: WrappedKeyRecord = {
      format: 1,
      kind: box.kind,
      backend: box.backend,
      wrappedKey: box.wrap(key).toString('base64'),
      check: keyCheck(key),
      createdAt: options.now().toISOString(),
    };
    await writeFileAtomic(fs, dir, KEY_FILE_NAME, Buffer.from(JSON.stringify(record), 'utf8'));
    return key;
  }

  const record = parseRecord(raw);
  if (record.kind !== box.kind) {
    throw new VaultLockedError('box-changed', { previous: record.kind, current: box.kind });
  }
  let key: Buffer;
  try {
    key = box.unwrap(Buffer.from(record.wrappedKey, 'base64'));
  } catch (error) {
    if (error instanceof VaultLockedError) throw error;
    throw new VaultLockedError('key-unreadable', {}, { cause: error });
  }
  if (key.length !== DATA_KEY_BYTES || keyCheck(key) !== record.check) {
    throw new VaultLockedError('key-unreadable');
  }
  return key;
}

function parseRecord(raw: Buffer): WrappedKeyRecord {
  try {
    const value = JSON.parse(raw.toString('utf8')) as Partial<WrappedKeyRecord>;
    if (
      value.format === 1 &&
      (value.kind === 'os' || value.kind === 'key-file') &&
      typeof value.wrappedKey === 'string' &&
      typeof value.check === 'string'
    ) {
      return value as WrappedKeyRecord;
    }
  } catch {
    // Falls through to the refusal below: a half-written key file is as unusable as a foreign one.
  }
  throw new VaultLockedError('key-unreadable', { file: KEY_FILE_NAME });
}
