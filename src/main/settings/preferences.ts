// Reads and updates the user's preferences through a key-value store port (electron-store or conf).
import {
  DEFAULT_PREFERENCES,
  preferencesSchema,
  type Preferences,
  type PreferencesPatch,
} from '../../shared/domain/preferences';

/** The subset of electron-store / conf that preferences need. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface PreferencesService {
  get(): Preferences;
  update(patch: PreferencesPatch): Preferences;
}

export function createPreferencesService(store: KeyValueStore): PreferencesService {
  function get(): Preferences {
    const preferences: Record<string, unknown> = { ...DEFAULT_PREFERENCES };
    for (const key of Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[]) {
      // A value edited by hand into nonsense falls back to its default; the other values stay.
      const parsed = preferencesSchema.shape[key].safeParse(store.get(key));
      if (parsed.success) preferences[key] = parsed.data;
    }
    return preferences as Preferences;
  }

  function update(patch: PreferencesPatch): Preferences {
    const next = preferencesSchema.parse({ ...get(), ...patch });
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) store.set(key, next[key as keyof Preferences]);
    }
    return next;
  }

  return { get, update };
}
