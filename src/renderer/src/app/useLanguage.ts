// The UI language as a Language, for texts that arrive in the three languages (labels, demo persons).
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/preferences';

export function toLanguage(code: string | undefined): Language {
  return LANGUAGES.find((lang) => lang === code) ?? 'fr';
}

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage ?? i18n.language);
}
