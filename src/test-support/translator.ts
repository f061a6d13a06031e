// A real i18next instance over the shared catalogues, for tests of code that takes a TFunction.
import i18next, { type TFunction } from 'i18next';
import { i18nextResources } from '../shared/i18n';
import type { Language } from '../shared/domain/preferences';

export async function translator(language: Language = 'fr'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: i18nextResources,
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
  });
  return instance.t;
}
