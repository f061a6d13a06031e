// Seals and opens vault records with AES-256-GCM, and derives the record and file-name keys from the data key.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/** 'IQV' + format version: lets a later format coexist with this one on disk. */
const MAGIC = Buffer.from('IQV1', 'latin1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + IV_BYTES + TAG_BYTES;
export const DATA_KEY_BYTES = 32;

export interface VaultKeys {
  /** Encrypts every record. */
  records: Buffer;
  /** Turns inquiry ids into opaque file names (HMAC), so a name says nothing and cannot be guessed. */
  names: Buffer;
}

/** Separate keys per use, so a file name never doubles as material for the cipher. */
export function deriveKeys(dataKey: Buffer): VaultKeys {
  const derive = (info: string) =>
    Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), `inquiry-desk vault ${info}`, 32));
  return { records: derive('records v1'), names: derive('names v1') };
}

/** A record that fails authentication or is not one of ours: the caller reports it by file name. */
export class UnreadableRecord extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UnreadableRecord';
  }
}

/**
 * `context` is bound as associated data (e.g. 'inquiry:<file name>'), so a record copied over another
 * file, or moved into another kind of file, fails authentication instead of being read as that file.
 */
export function seal(key: Buffer, plaintext: Buffer, context: string): Buffer {
  // A fresh random IV per write: never reusing an IV under one key is what keeps GCM secure.
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), ciphertext]);
}

export function unseal(key: Buffer, sealed: Buffer, context: string): Buffer {
  if (sealed.length < HEADER_BYTES || !sealed.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new UnreadableRecord('not a vault record');
  }
  const iv = sealed.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  const tag = sealed.subarray(MAGIC.length + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(aad(context));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
  } catch (error) {
    throw new UnreadableRecord('authentication failed', { cause: error });
  }
}

export function sealJson(key: Buffer, value: unknown, context: string): Buffer {
  return seal(key, Buffer.from(JSON.stringify(value), 'utf8'), context);
}

export function unsealJson(key: Buffer, sealed: Buffer, context: string): unknown {
  const plaintext = unseal(key, sealed, context);
  try {
    return JSON.parse(plaintext.toString('utf8'));
  } catch (error) {
    // Authentic but not JSON: only a bug of ours could write that; still a record we cannot read.
    throw new UnreadableRecord('not JSON', { cause: error });
  }
}

/** 128 bits of HMAC-SHA256 in hex: collision-free in practice, and free of anything personal. */
export function opaqueName(namesKey: Buffer, id: string): string {
  return createHmac('sha256', namesKey).update(id, 'utf8').digest('hex').slice(0, 32);
}

/** A short fingerprint of the data key, stored next to the wrapped key to catch a wrong unwrap. */
export function keyCheck(dataKey: Buffer): string {
  return createHmac('sha256', dataKey).update('inquiry-desk vault key check').digest('hex');
}

function aad(context: string): Buffer {
  return Buffer.from(`inquiry-desk/vault/v1/${context}`, 'utf8');
}

/** A sealed record as one line of base64, for the append-only files (index journal, audit log). */
export function sealFrame(key: Buffer, value: unknown, context: string): string {
  return sealJson(key, value, context).toString('base64');
}

export function unsealFrame(key: Buffer, frame: string, context: string): unknown {
  // Node's base64 decoder skips junk rather than failing; GCM then rejects whatever came out.
  return unsealJson(key, Buffer.from(frame, 'base64'), context);
}
