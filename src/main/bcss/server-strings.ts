// Strings the BCSS sends about a call (codes, descriptions, tickets) are bounded before they travel to the
// audit log, the vault or the renderer: a hostile or broken server cannot grow the log by megabytes per call
// nor hand the screen a control character. One table of limits (README, security section).
export const SERVER_STRING_LIMITS = {
  /** Status values, reason, fault and author codes (MSG00012, soapenv:Server, DATA_FOUND...). */
  code: 32,
  /** The BCSS ticket (a UUID: 36). */
  ticket: 64,
  /** Descriptions, diagnostics, fault strings, information values. */
  description: 1024,
} as const;

export type ServerStringKind = keyof typeof SERVER_STRING_LIMITS;

/** C0 controls but tab, line feed and carriage return, and DEL: never text a person reads. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** The string without control characters, cut with an ellipsis past its kind's limit. */
export function bounded(value: string, kind: ServerStringKind): string {
  const clean = value.replace(CONTROL_CHARACTERS, '');
  const max = SERVER_STRING_LIMITS[kind];
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

export function boundedOrNull(value: string | null, kind: ServerStringKind): string | null {
  return value === null ? null : bounded(value, kind);
}
