// Switches the UI language and keeps the choice in the preferences.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/preferences';
import { useUpdatePreferences } from '../api/queries';

export function LanguageSwitch({ current }: { current: Language }) {
  const { t } = useTranslation();
  const update = useUpdatePreferences();
  return (
    <label className="language-switch">
      <span>{t('language.label')}</span>
      <select
        value={current}
        disabled={update.isPending}
        onChange={(event) => update.mutate({ language: event.target.value as Language })}
        data-testid="language-switch"
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
