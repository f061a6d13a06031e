// Preferences store for the browser host: conf, the library electron-store wraps, with the same options.
import Conf from 'conf';
import { preferencesStoreOptions } from './preferences-store-options';
import type { KeyValueStore } from './preferences';

export function createConfStore(dataDir: string): KeyValueStore {
  return new Conf({
    ...preferencesStoreOptions,
    projectName: 'inquiry-desk',
    cwd: dataDir,
  }) as KeyValueStore;
}
