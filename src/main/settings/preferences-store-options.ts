// The options electron-store (Electron host) and conf (browser host) share, so both keep one file format.
import { DEFAULT_PREFERENCES, LANGUAGES, ZOOM_PRESETS } from '../../shared/domain/preferences';
import { ENVIRONMENT_NAMES } from '../../shared/domain/environments';

export const PREFERENCES_FILE_NAME = 'preferences';

/** JSON Schema checked by the store itself on every write. */
export const preferencesJsonSchema = {
  language: { type: 'string', enum: [...LANGUAGES] },
  defaultPeriodMonths: { type: 'integer', minimum: 1, maximum: 120 },
  defaultZoom: { type: 'string', enum: [...ZOOM_PRESETS] },
  firstRunDone: { type: 'boolean' },
  // Organisation, investigator and environments are validated by their own zod schemas on every read and
  // write (src/main/settings); the store only checks their kind, so a hand-edited file still opens.
  activeEnvironment: { type: 'string', enum: [...ENVIRONMENT_NAMES] },
  organisation: { type: 'object' },
  investigator: { type: 'object' },
  environments: { type: 'object' },
  windowBounds: {
    type: 'object',
    properties: {
      x: { type: 'integer' },
      y: { type: 'integer' },
      width: { type: 'integer', minimum: 400 },
      height: { type: 'integer', minimum: 300 },
      maximized: { type: 'boolean' },
    },
  },
} as const;

export const preferencesStoreOptions = {
  configName: PREFERENCES_FILE_NAME,
  schema: preferencesJsonSchema,
  defaults: { ...DEFAULT_PREFERENCES },
  clearInvalidConfig: false,
  // It holds the investigator's NISS, name and e-mail: readable by its owner only (POSIX).
  configFileMode: 0o600,
};
