// The i18n catalogues (fr reference, nl, de), shared by the renderer and by main (reports, exports).
import { de } from './de';
import { fr } from './fr';
import { nl } from './nl';
import type { Catalogue } from './catalogue';
import type { Language } from '../domain/preferences';

export type { Catalogue, MessageKey } from './catalogue';

export const catalogues: Record<Language, Catalogue> = { fr, nl, de };

/** The catalogues as i18next resources: the renderer, the report and the tests all load these. */
export const i18nextResources = {
  fr: { translation: catalogues.fr },
  nl: { translation: catalogues.nl },
  de: { translation: catalogues.de },
};
