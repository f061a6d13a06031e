// Preferences store for the Electron host: electron-store in the user-data folder.
import Store from 'electron-store';
import { preferencesStoreOptions } from '../settings/preferences-store-options';
import type { KeyValueStore } from '../settings/preferences';

export function createElectronStore(): KeyValueStore {
  const { configName, ...options } = preferencesStoreOptions;
  return new Store({ ...options, name: configName }) as unknown as KeyValueStore;
}
