// The app shell: header with environment banner and language switch, then the current screen.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DeskCallError, useAppInfo, usePreferences } from './api/queries';
import { EnvironmentBanner } from './components/EnvironmentBanner';
import { LanguageSwitch } from './components/LanguageSwitch';
import { ErrorMessage } from './components/ErrorMessage';
import { StartScreen } from './screens/StartScreen';

export function App() {
  const { t, i18n } = useTranslation();
  const appInfo = useAppInfo();
  const preferences = usePreferences();
  const language = preferences.data?.language;

  useEffect(() => {
    if (!language) return;
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language, i18n]);

  const error = appInfo.error ?? preferences.error;
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        {preferences.data && <LanguageSwitch current={preferences.data.language} />}
      </header>
      {appInfo.data && <EnvironmentBanner info={appInfo.data} />}
      <main className="app-main">
        {error instanceof DeskCallError ? (
          <ErrorMessage error={error.deskError} />
        ) : error ? (
          <ErrorMessage error={{ code: 'INTERNAL', messageKey: 'errors.internal' }} />
        ) : preferences.data ? (
          <StartScreen preferences={preferences.data} />
        ) : null}
      </main>
    </div>
  );
}
