// The fr/nl/de labels of the closed code lists the answers carry as bare codes (origin, legal basis, role,
// blocking, place kind): read from the catalogue (codes.*) through the shared translator.
import type { LocalizedText } from '../../shared/domain/inquiry';
import { catalogues, type Catalogue } from '../../shared/i18n';
import { translator } from '../../shared/i18n/translator';

export type CodeList = keyof Catalogue['codes'];

// A long answer repeats the same few codes thousands of times: each label is looked up once.
const cache = new Map<string, LocalizedText>();

/** A code the catalogue does not know is shown as itself in every language, never dropped. */
export function codeLabel(list: CodeList, code: string): LocalizedText {
  // Only the catalogue's own keys are looked up: a code from the answer is data, not a key path.
  if (!Object.hasOwn(catalogues.fr.codes[list], code)) return { fr: code, nl: code, de: code };
  const key = `codes.${list}.${code}`;
  let label = cache.get(key);
  if (!label) {
    label = { fr: translator('fr')(key), nl: translator('nl')(key), de: translator('de')(key) };
    cache.set(key, label);
  }
  return { ...label };
}
