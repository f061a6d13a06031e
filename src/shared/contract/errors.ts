// The typed error model that crosses the renderer/main door as data (Electron IPC drops Error properties).
import type { MessageKey } from '../i18n';

/** Every error code; each has a sentence of its own in the catalogues (errors.code.*), never shown raw. */
export const DESK_ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'FORBIDDEN_ORIGIN',
  'INTERNAL',
  'HOST_UNREACHABLE',
  /** The NISS or the period did not pass the checks of src/shared (main checks again). */
  'INVALID_NISS',
  'INVALID_PERIOD',
  /** The BCSS answered with a status other than data / no data (MSG00005, MSG00012, REG00004...). */
  'BCSS_STATUS',
  /** The BCSS answered with a SOAP fault (MSG00001, MSG00051...). */
  'BCSS_FAULT',
  /** The answer could not be read: not XML, hostile XML, not the expected message. */
  'BCSS_MALFORMED',
  /** The call did not get through: DNS, refused, timeout, TLS, certificate, dropped connection... */
  'TRANSPORT',
  'CANCELLED',
  /** No certificate or endpoint configured for the environment. */
  'NOT_CONFIGURED',
  /** The encrypted store cannot be opened (OS protection unavailable or changed): nothing is saved or called. */
  'VAULT_LOCKED',
  /** A saved file failed its integrity check. */
  'VAULT_DAMAGED',
  /** The disk is full: nothing earlier was lost. */
  'VAULT_FULL',
  'NOT_FOUND',
  /** A settings change refused: `details` maps each field to its problem (FieldIssueCode). */
  'SETTINGS_INVALID',
  /** The change needs an explicit confirmation (switching to production). */
  'CONFIRMATION_REQUIRED',
  /** No print engine for the report (no Chromium, Chrome or Edge in the browser host). */
  /** The report could not be made or written (engine crash, file not writable). */
  'REPORT_FAILED',
  /** The demo environment is not part of this installation (installed without its development packages). */
  'DEMO_UNAVAILABLE',
  /** The saved inquiry was made in another environment than the active one: its sections are asked there only. */
  'ENVIRONMENT_MISMATCH',
  /** The machine's policy file (CPAS IT) locks this setting: `details.setting`, `details.field`. */
  'SETTING_LOCKED',
  /** The Nova+ list server: `details.failure` says which bad state (credentials, certificate, down, directory...). */
  'LISTS_SERVER',
  /** A list file refused whole: `details` has its name, line and reason. */
  'LIST_FILE_REFUSED',
  /** No list server is set for the active environment. */
  'LISTS_NOT_CONFIGURED',
] as const;

export type DeskErrorCode = (typeof DESK_ERROR_CODES)[number];

export interface DeskError {
  code: DeskErrorCode;
  /** Key in the i18n catalogue; the renderer translates it, interpolating `details`. */
  messageKey: MessageKey;
  details?: Record<string, string | number | boolean | null>;
}

export type DeskResult<T> = { ok: true; value: T } | { ok: false; error: DeskError };

/** Thrown inside main-process services; the dispatcher turns it into a `DeskResult` error. */
export class DeskFailure extends Error {
  constructor(readonly error: DeskError) {
    super(`${error.code}: ${error.messageKey}`);
    this.name = 'DeskFailure';
  }
}

export function ok<T>(value: T): DeskResult<T> {
  return { ok: true, value };
}

export function fail(error: DeskError): DeskResult<never> {
  return { ok: false, error };
}
