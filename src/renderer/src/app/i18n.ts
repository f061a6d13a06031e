// i18next set up with the shared catalogues; French is the reference and the fallback.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { i18nextResources } from '../../../shared/i18n';
import type { fr } from '../../../shared/i18n/fr';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof fr };
  }
}

void i18next.use(initReactI18next).init({
  resources: i18nextResources,
  lng: 'fr',
  fallbackLng: 'fr',
  // React escapes what it renders; escaping here too would double-escape.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18next;
