// A synchronous i18next translator over the shared catalogues, one per language, for the texts main writes
// (report, audit CSV, BCSS code labels); the renderer sets up its own instance (renderer/src/app/i18n.ts).
import i18next, { type TFunction } from 'i18next';
import { i18nextResources } from './index';
import type { Language } from '../domain/preferences';

const cache = new Map<Language, TFunction>();

/** The same catalogues and interpolation as the renderer, so the report says exactly what the screen says. */
export function translator(language: Language): TFunction {
  const cached = cache.get(language);
  if (cached) return cached;
  const instance = i18next.createInstance();
  // initAsync: false: the resources are in memory, so init completes before it returns.
  void instance.init({
    resources: i18nextResources,
    lng: language,
    fallbackLng: 'fr',
    initAsync: false,
    // Escaping is the HTML writer's job (escapeHtml), not the translator's: the CSV wants raw text.
    interpolation: { escapeValue: false },
  });
  cache.set(language, instance.t);
  return instance.t;
}
