// The app's own preferences: language, default period length, the zoom a result opens with, and retention.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  ZOOM_PRESETS,
  type Language,
  type Preferences,
  type ZoomPreset,
} from '../../../../shared/domain/preferences';
import { useUpdatePreferences } from '../../api/queries';
import { asDeskError } from '../../api/desk-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { RetentionPanel } from '../saved/RetentionPanel';
import { SettingsField } from './SettingsField';

export function PreferencesSection({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation();
  const id = useId();
  const update = useUpdatePreferences();
  const [months, setMonths] = useState(String(preferences.defaultPeriodMonths));
  const parsedMonths = /^\d{1,3}$/.test(months.trim()) ? Number(months.trim()) : NaN;
  const monthsValid = parsedMonths >= 1 && parsedMonths <= 120;
  const error = asDeskError(update.error);
  return (
    <section className="card settings-section" data-testid="settings-preferences">
      <h2>{t('settings.preferences.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t('settings.preferences.language')}</label>
        <select
          id={`${id}-language`}
          value={preferences.language}
          onChange={(event) => update.mutate({ language: event.target.value as Language })}
          data-testid="preferences-language"
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {t(`language.${language}`)}
            </option>
          ))}
        </select>
      </div>
      <form
        className="settings-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (monthsValid) update.mutate({ defaultPeriodMonths: parsedMonths });
        }}
      >
        <SettingsField
          label={t('settings.preferences.defaultPeriodMonths')}
          value={months}
          onChange={setMonths}
          onBlur={() => {
            if (monthsValid && parsedMonths !== preferences.defaultPeriodMonths) {
              update.mutate({ defaultPeriodMonths: parsedMonths });
            }
          }}
          issue={monthsValid ? undefined : 'out-of-range'}
          inputMode="numeric"
          testId="preferences-months"
        />
      </form>
      <div className="field">
        <label htmlFor={`${id}-zoom`}>{t('settings.preferences.defaultZoom')}</label>
        <select
          id={`${id}-zoom`}
          value={preferences.defaultZoom}
          onChange={(event) => update.mutate({ defaultZoom: event.target.value as ZoomPreset })}
          data-testid="preferences-zoom"
        >
          {ZOOM_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`result.zoom.${preset}`)}
            </option>
          ))}
        </select>
      </div>
      {error && <ErrorMessage error={error} testId="preferences-error" />}
      <RetentionPanel />
    </section>
  );
}
