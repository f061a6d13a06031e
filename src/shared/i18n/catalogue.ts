// The shape every catalogue must have (that of the French reference) and the keys it defines.
import type { fr } from './fr';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof fr>;

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted key of the catalogue, e.g. 'niss.invalid.checksum'. */
export type MessageKey = Paths<Catalogue>;
