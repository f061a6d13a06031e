// A folder of the vault lent to another main module (the Nova+ lists): its own key derived from the vault's, and the
// vault's sealing and durable-write mechanisms, so that module's data is encrypted exactly like the inquiries.
import { hkdfSync } from 'node:crypto';
import { join } from 'node:path';
import {
  opaqueName,
  seal,
  sealFrame,
  sealJson,
  unseal,
  unsealFrame,
  unsealJson,
  type VaultKeys,
} from './record-crypto';
import { ensureDir, type VaultFs } from './vault-fs';

export interface SealedArea {
  /** `<vault>/<name>/`, created 0700. */
  dir: string;
  fs: VaultFs;
  seal(plaintext: Buffer, context: string): Buffer;
  unseal(sealed: Buffer, context: string): Buffer;
  sealJson(value: unknown, context: string): Buffer;
  unsealJson(sealed: Buffer, context: string): unknown;
  /** One line of base64, for append-only files (appendFrame / readFrames). */
  sealFrame(value: unknown, context: string): string;
  unsealFrame(frame: string, context: string): unknown;
  /** An opaque file name for an id (HMAC): says nothing, cannot be guessed. */
  opaqueName(id: string): string;
}

const AREA_NAME = /^[a-z][a-z0-9-]{0,30}$/;

export async function openSealedArea(
  fs: VaultFs,
  vaultDir: string,
  keys: VaultKeys,
  name: string,
): Promise<SealedArea> {
  if (!AREA_NAME.test(name)) throw new TypeError('invalid area name');
  // Keys of their own: an area's records never decrypt as inquiries, nor the other way round.
  const derive = (info: string, from: Buffer) =>
    Buffer.from(hkdfSync('sha256', from, Buffer.alloc(0), `inquiry-desk area ${name} ${info}`, 32));
  const records = derive('records v1', keys.records);
  const names = derive('names v1', keys.names);
  const dir = join(vaultDir, name);
  await ensureDir(fs, dir);
  const bound = (context: string) => `area:${name}:${context}`;
  return {
    dir,
    fs,
    seal: (plaintext, context) => seal(records, plaintext, bound(context)),
    unseal: (sealed, context) => unseal(records, sealed, bound(context)),
    sealJson: (value, context) => sealJson(records, value, bound(context)),
    unsealJson: (sealed, context) => unsealJson(records, sealed, bound(context)),
    sealFrame: (value, context) => sealFrame(records, value, bound(context)),
    unsealFrame: (frame, context) => unsealFrame(records, frame, bound(context)),
    opaqueName: (id) => opaqueName(names, id),
  };
}
