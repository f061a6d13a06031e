// The one sentence a failure is said with, in the UI language: its own message, else its code's sentence
// (errors.code.*). A code, the BCSS's own text or a ticket is never the sentence: those go behind "technical
// details" (the renderer's ErrorMessage). The result screen, its retry line and the report all say it so.
import type { TFunction } from 'i18next';

/** A DeskError as it arrives (from main, or kept in a saved inquiry): its key is data, not a checked type. */
export interface SaidError {
  code: string;
  messageKey: string;
  details?: Record<string, string | number | boolean | null> | undefined;
}

export function errorSentence(
  error: SaidError,
  t: TFunction,
  values: object = { ...error.details },
): string {
  // The key and its values arrive as data: checked by the catalogue tests, not the compiler.
  const translate = t as unknown as (key: string, values?: object) => string;
  const own = translate(error.messageKey, values);
  if (own && own !== error.messageKey) return own;
  const byCode = translate(`errors.code.${error.code}`, values);
  return byCode && byCode !== `errors.code.${error.code}`
    ? byCode
    : translate('errors.code.INTERNAL');
}
