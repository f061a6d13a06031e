// The app shell: header with environment banner and language switch, then the inquiry flow (start ⇄ result).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskError } from '../../shared/api/errors';
import { compactNiss } from '../../shared/niss';
import { defaultPeriod } from '../../shared/period';
import type { Preferences } from '../../shared/preferences';
import {
  DeskCallError,
  useAppInfo,
  useCancelInquiry,
  useInquiryProgress,
  usePreferences,
  useRunInquiry,
} from './api/queries';
import { EnvironmentBanner } from './components/EnvironmentBanner';
import { LanguageSwitch } from './components/LanguageSwitch';
import { ErrorMessage } from './components/ErrorMessage';
import { StartScreen, type InquiryInput } from './screens/StartScreen';
import { ResultScreen } from './screens/ResultScreen';

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
          <InquiryFlow preferences={preferences.data} />
        ) : null}
      </main>
    </div>
  );
}

function asDeskError(error: unknown): DeskError | null {
  if (!error) return null;
  if (error instanceof DeskCallError) return error.deskError;
  return { code: 'INTERNAL', messageKey: 'errors.internal' };
}

/** Holds the last input across screens, runs the inquiry, and shows its progress, error or result. */
function InquiryFlow({ preferences }: { preferences: Preferences }) {
  const [input, setInput] = useState<InquiryInput>(() => ({
    niss: '',
    period: defaultPeriod(new Date(), preferences.defaultPeriodMonths),
  }));
  const [requestId, setRequestId] = useState<string | null>(null);
  const run = useRunInquiry();
  const cancel = useCancelInquiry();
  const progress = useInquiryProgress(run.isPending ? requestId : null);

  if (run.isSuccess) {
    return <ResultScreen inquiry={run.data} onNewInquiry={() => run.reset()} />;
  }

  return (
    <StartScreen
      input={input}
      onInputChange={(next) => {
        setInput(next);
        // An error is about the input it was given: editing makes it stale.
        if (run.isError) run.reset();
      }}
      onSubmit={() => {
        const id = crypto.randomUUID();
        setRequestId(id);
        cancel.reset();
        run.mutate({ requestId: id, niss: compactNiss(input.niss), period: input.period });
      }}
      running={run.isPending}
      progress={run.isPending ? (progress.data ?? null) : null}
      onCancel={() => {
        if (requestId) cancel.mutate(requestId);
      }}
      cancelling={cancel.isPending || (cancel.isSuccess && run.isPending)}
      error={asDeskError(run.error)}
    />
  );
}
