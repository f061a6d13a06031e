// A translator that remembers what it said. Drawing 2,000 periods asks i18next for the same few texts thousands
// of times ("en cours", "bloqué", "depuis le 01/01/2020"): its lookup and interpolation took ~90 ms of the
// heavy person's first paint. Use one per language, for as long as that language shows.
import type { TFunction } from 'i18next';

export function rememberingT(t: TFunction): TFunction {
  const ask = t as unknown as (key: unknown, options?: unknown) => unknown;
  const said = new Map<string, string>();
  const remembering = (key: unknown, options?: unknown): unknown => {
    // Only a plain key with plain options: anything else (a list of keys, a function) goes straight through.
    const plain =
      typeof key === 'string' &&
      (options === undefined || (typeof options === 'object' && options !== null));
    if (!plain) return ask(key, options);
    const memo = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let text = said.get(memo);
    if (text === undefined) {
      const translated = ask(key, options);
      if (typeof translated !== 'string') return translated;
      text = translated;
      said.set(memo, text);
    }
    return text;
  };
  return remembering as unknown as TFunction;
}
