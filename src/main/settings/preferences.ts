// Reads and updates the user's preferences through a key-value store port (electron-store or conf).
import {
  DEFAULT_PREFERENCES,
  preferencesSchema,
  type Preferences,
  type PreferencesPatch,
} from '../../shared/preferences';

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
    const stored: Record<string, unknown> = {};
    for (const key of Object.keys(DEFAULT_PREFERENCES)) stored[key] = store.get(key);
    // A value edited by hand into something invalid falls back to its default rather than failing.
    const parsed = preferencesSchema.partial().safeParse(stored);
    const known = parsed.success ? parsed.data : {};
    const clean = Object.fromEntries(Object.entries(known).filter(([, v]) => v !== undefined));
    return { ...DEFAULT_PREFERENCES, ...clean };
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
