import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKeys, opaqueName, seal, UnreadableRecord, unseal } from './record-crypto';

const key = randomBytes(32);
const plaintext = Buffer.from('{"finalNiss":"85073003328"}');

describe('record sealing (AES-256-GCM)', () => {
  it('round-trips, with a fresh IV per write', () => {
    const a = seal(key, plaintext, 'inquiry:a.inq');
    const b = seal(key, plaintext, 'inquiry:a.inq');
    expect(a.subarray(4, 16).equals(b.subarray(4, 16))).toBe(false);
    expect(unseal(key, a, 'inquiry:a.inq')).toEqual(plaintext);
    expect(a.includes(plaintext)).toBe(false);
  });

  it('rejects a flipped bit anywhere, another context, another key, a truncation', () => {
    const sealed = seal(key, plaintext, 'inquiry:a.inq');
    for (let i = 0; i < sealed.length; i++) {
      const copy = Buffer.from(sealed);
      copy[i] = copy[i]! ^ 0x80;
      expect(() => unseal(key, copy, 'inquiry:a.inq')).toThrow(UnreadableRecord);
    }
    expect(() => unseal(key, sealed, 'inquiry:b.inq')).toThrow(UnreadableRecord);
    expect(() => unseal(randomBytes(32), sealed, 'inquiry:a.inq')).toThrow(UnreadableRecord);
    expect(() => unseal(key, sealed.subarray(0, 20), 'inquiry:a.inq')).toThrow(UnreadableRecord);
  });

  it('derives distinct keys, and file names that depend on the key', () => {
    const keys = deriveKeys(key);
    expect(keys.records.equals(keys.names)).toBe(false);
    expect(opaqueName(keys.names, 'id-1')).toMatch(/^[0-9a-f]{32}$/);
    expect(opaqueName(keys.names, 'id-1')).toBe(opaqueName(keys.names, 'id-1'));
    expect(opaqueName(keys.names, 'id-1')).not.toBe(
      opaqueName(deriveKeys(randomBytes(32)).names, 'id-1'),
    );
  });
});
