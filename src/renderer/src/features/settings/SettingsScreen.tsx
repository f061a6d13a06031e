// The settings screen: organisation and investigator, the app's preferences, the BCSS environments.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Preferences } from '../../../../shared/domain/preferences';
import { asDeskError } from '../../api/desk-error';
import { useSettings } from '../../api/settings-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EnvironmentSection } from './EnvironmentSection';
import { InvestigatorSection, OrganisationSection } from './OrganisationSection';
import { PreferencesSection } from './PreferencesSection';
import { PolicyNotice } from './PolicyNotice';
import './settings.css';

export function SettingsScreen({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation();
  const id = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const settings = useSettings();
  const error = asDeskError(settings.error);

  useEffect(() => title.current?.focus(), []);

  return (
    <section
      className="settings-screen"
      aria-labelledby={`${id}-title`}
      data-testid="settings-screen"
    >
      <h1 id={`${id}-title`} ref={title} tabIndex={-1}>
        {t('settings.title')}
      </h1>
      <p className="intro">{t('settings.intro')}</p>
      <PolicyNotice />
      {error && <ErrorMessage error={error} testId="settings-error" />}
      {settings.data && (
        <>
          <OrganisationSection organisation={settings.data.organisation} />
          <InvestigatorSection investigator={settings.data.investigator} />
          <EnvironmentSection settings={settings.data} />
        </>
      )}
      <PreferencesSection preferences={preferences} />
    </section>
  );
}
