// Preferences store for the Electron host: electron-store in the user-data folder.
import Store from 'electron-store';
import { preferencesStoreOptions, type KeyValueStore } from '../settings';

export function createElectronStore(): KeyValueStore {
  const { configName, ...options } = preferencesStoreOptions;
  return new Store({ ...options, name: configName }) as unknown as KeyValueStore;
}
