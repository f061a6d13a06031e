// Test-only: in-memory stand-ins for the key-value store (conf / electron-store) and the SecretStore (the vault).
import type { KeyValueStore } from '../main/settings/preferences';
import type { SecretStore } from '../main/settings/secret-store';

export interface MemoryKeyValueStore extends KeyValueStore {
  readonly data: Map<string, unknown>;
}

export function memoryKeyValueStore(): MemoryKeyValueStore {
  const data = new Map<string, unknown>();
  return {
    data,
    // Values go through JSON, as they would into the settings file.
    get: (key) => (data.has(key) ? JSON.parse(JSON.stringify(data.get(key))) : undefined),
    set: (key, value) => void data.set(key, JSON.parse(JSON.stringify(value))),
  };
}

export interface MemorySecretStore extends SecretStore {
  readonly entries: Map<string, Buffer>;
  /** A deep copy of every entry, to compare before and after. */
  snapshot(): Map<string, Buffer>;
  /** Makes the next `put` fail, as a full disk would. */
  failNextPut(): void;
}

export function memorySecretStore(): MemorySecretStore {
  const entries = new Map<string, Buffer>();
  let failNext = false;
  return {
    entries,
    snapshot: () => new Map([...entries].map(([name, data]) => [name, Buffer.from(data)])),
    failNextPut() {
      failNext = true;
    },
    async put(name, data) {
      if (failNext) {
        failNext = false;
        throw new Error('disk full');
      }
      entries.set(name, Buffer.from(data));
    },
    async get(name) {
      const data = entries.get(name);
      return data ? Buffer.from(data) : null;
    },
    async remove(name) {
      entries.delete(name);
    },
  };
}
