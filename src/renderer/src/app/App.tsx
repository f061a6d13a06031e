// The app shell: header with navigation and language switch, environment banner, then the current screen
// (new inquiry ⇄ result, saved inquiries, audit log, settings). Each screen keeps its state while another is shown.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultPeriod, type Period } from '../../../shared/domain/period';
import type { Preferences } from '../../../shared/domain/preferences';
import {
  DeskCallError,
  useAppInfo,
  useCancelInquiry,
  useInquiryProgress,
  usePreferences,
  useLiveInquiry,
  useRunInquiry,
} from '../api/queries';
import { asDeskError } from '../api/desk-error';
import { currentMonth } from '../features/audit/audit-range';
import { AppNav, type Screen } from './AppNav';
import { CertificateWarning } from './CertificateWarning';
import { EnvironmentBanner } from './EnvironmentBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { shellShortcut } from './shell-shortcuts';
import { ErrorMessage } from '../components/ErrorMessage';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { keepInput, readKeptInput } from '../features/start/kept-input';
import { inquiryRequest, type InquiryInput } from '../features/start/inquiry-input';
import { AuditScreen } from '../features/audit/AuditScreen';
import { INITIAL_SAVED_VIEW, SavedScreen, type SavedView } from '../features/saved/SavedScreen';
import { StartScreen } from '../features/start/StartScreen';
import { ResultScreen } from '../features/result/ResultScreen';
import { RegistrationsScreen } from '../features/registrations/RegistrationsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ListsScreen } from '../features/lists/ListsScreen';
import { FollowUpsPanel } from '../features/lists/FollowUps';
import { usePrefetchListEvents } from '../api/lists-queries';
import { desk } from '../api/desk';
import { formatNiss } from '../../../shared/presentation/format';
import '../styles/screens.css';

export function App() {
  const { t, i18n } = useTranslation();
  const appInfo = useAppInfo();
  const preferences = usePreferences();
  const language = preferences.data?.language;
  const [screen, setScreen] = useState<Screen>('new');
  // Until the investigator navigates, the start screen does not take the focus (the page just opened).
  const [navigated, setNavigated] = useState(false);

  useEffect(() => {
    if (!language) return;
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [language, i18n]);

  // Set by the screens: what choosing the screen already shown does (back to its start).
  const reselectRef = useRef<((screen: Screen) => void) | null>(null);
  // While an inquiry runs, leaving its screen asks first (it runs on; the investigator may not know).
  const [running, setRunning] = useState(false);
  const [leavingFor, setLeavingFor] = useState<Screen | null>(null);
  const show = (next: Screen) => {
    if (next === screen) reselectRef.current?.(next);
    setScreen(next);
    setNavigated(true);
  };
  const go = (next: Screen) => {
    if (running && screen === 'new' && next !== 'new') setLeavingFor(next);
    else show(next);
  };
  useLeaveGuard(running);

  // Ctrl+N and Ctrl+F (the Electron menu shows them and forwards its clicks as these keys).
  const goRef = useRef(go);
  useEffect(() => {
    goRef.current = go;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = shellShortcut(event);
      if (!target) return;
      event.preventDefault();
      goRef.current(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const error = appInfo.error ?? preferences.error;
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        {preferences.data && <AppNav current={screen} onGo={go} />}
        {preferences.data && <LanguageSwitch current={preferences.data.language} />}
      </header>
      {appInfo.data && <EnvironmentBanner info={appInfo.data} />}
      {appInfo.data?.certificateWarning && (
        <CertificateWarning
          warning={appInfo.data.certificateWarning}
          onOpenSettings={() => go('settings')}
        />
      )}
      <main className="app-main">
        {error instanceof DeskCallError ? (
          <ErrorMessage error={error.deskError} />
        ) : error ? (
          <ErrorMessage error={{ code: 'INTERNAL', messageKey: 'errors.internal' }} />
        ) : preferences.data ? (
          <Screens
            preferences={preferences.data}
            screen={screen}
            go={go}
            navigated={navigated}
            reselectRef={reselectRef}
            onRunningChange={setRunning}
          />
        ) : null}
      </main>
      {leavingFor && (
        <ConfirmDialog
          title={t('leave.title')}
          confirmLabel={t('leave.go')}
          onCancel={() => setLeavingFor(null)}
          onConfirm={() => {
            setLeavingFor(null);
            show(leavingFor);
          }}
        >
          <p>{t('leave.screen')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** The screens and the state each keeps while another is shown (an inquiry runs on meanwhile). */
function Screens({
  preferences,
  screen,
  go,
  navigated,
  reselectRef,
  onRunningChange,
}: {
  preferences: Preferences;
  screen: Screen;
  go: (screen: Screen) => void;
  navigated: boolean;
  reselectRef: RefObject<((screen: Screen) => void) | null>;
  onRunningChange: (running: boolean) => void;
}) {
  const flow = useInquiryFlow(preferences);
  useEffect(() => onRunningChange(flow.running), [flow.running, onRunningChange]);
  const [savedView, setSavedView] = useState<SavedView>(INITIAL_SAVED_VIEW);
  const [auditRange, setAuditRange] = useState<Period>(() => currentMonth(new Date()));
  const [registrationsNiss, setRegistrationsNiss] = useState('');
  const { backToStart } = flow;
  const appInfo = useAppInfo();

  /** A NISS of the Lists screen or a follow-up: its newest saved inquiry when there is one, else a new inquiry. */
  const openPerson = async (niss: string) => {
    const listing = await desk.listSavedInquiries({ search: niss });
    const summary = listing.ok
      ? listing.value.inquiries.find((s) => s.finalNiss === niss)
      : undefined;
    if (summary) {
      setSavedView((view) => ({ ...view, opened: summary }));
      go('saved');
    } else {
      flow.start({ ...flow.input, niss: formatNiss(niss), personName: '' });
      go('new');
    }
  };

  // The screen already shown, chosen again: its start (the form, the list), what was typed kept.
  useEffect(() => {
    reselectRef.current = (chosen) => {
      if (chosen === 'new') backToStart();
      if (chosen === 'saved') setSavedView((view) => ({ ...view, opened: null }));
    };
  }, [reselectRef, backToStart]);

  switch (screen) {
    case 'saved':
      return (
        <SavedScreen
          view={savedView}
          onViewChange={setSavedView}
          rerunBlocked={flow.running}
          onRerun={(input) => {
            flow.start(input);
            // The live inquiry takes over; coming back here shows the list, not the old copy.
            setSavedView((view) => ({ ...view, opened: null }));
            go('new');
          }}
          onNewInquiry={() => {
            flow.backToStart();
            go('new');
          }}
        />
      );
    case 'lists':
      return (
        <ListsScreen
          demo={appInfo.data?.environment === 'demo'}
          host={appInfo.data?.host ?? 'browser'}
          onOpenPerson={(niss) => void openPerson(niss)}
        />
      );
    case 'audit':
      return <AuditScreen range={auditRange} onRangeChange={setAuditRange} />;
    case 'registrations':
      return (
        <RegistrationsScreen nissText={registrationsNiss} onNissTextChange={setRegistrationsNiss} />
      );
    case 'settings':
      return <SettingsScreen preferences={preferences} />;
    case 'new':
      return (
        <>
          <InquiryFlow flow={flow} focusTitle={navigated} />
          {!flow.running && !flow.run.isSuccess && (
            <FollowUpsPanel onOpen={(followUp) => void openPerson(followUp.niss)} />
          )}
        </>
      );
  }
}

/**
 * Closing or reloading the window during a run loses the run: the browser asks first (Electron's host shows
 * its own question on `will-prevent-unload`).
 */
function useLeaveGuard(running: boolean) {
  useEffect(() => {
    if (!running) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older engines ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [running]);
}

type Flow = ReturnType<typeof useInquiryFlow>;

/** Holds the last input across screens, runs the inquiry, and follows its progress. */
function useInquiryFlow(preferences: Preferences) {
  // A reload (F5, even during a run) finds the NISS and the period again (kept-input.ts says why it may).
  const [input, setInput] = useState<InquiryInput>(() => {
    const kept = readKeptInput(sessionStorage);
    return {
      niss: kept?.niss ?? '',
      period: kept?.period ?? defaultPeriod(new Date(), preferences.defaultPeriodMonths),
      personName: '',
    };
  });
  useEffect(() => keepInput(sessionStorage, input), [input]);
  const [requestId, setRequestId] = useState<string | null>(null);
  const run = useRunInquiry();
  const prefetchListEvents = usePrefetchListEvents();
  const cancel = useCancelInquiry();
  const progress = useInquiryProgress(run.isPending ? requestId : null);
  // The answer, then as kept: a section asked again later, or a consultation kept with it, updates it there.
  const live = useLiveInquiry(run.data?.id ?? null);
  const { isSuccess, reset } = run;
  const backToStart = useCallback(() => {
    if (isSuccess) reset();
  }, [isSuccess, reset]);

  return {
    input,
    run,
    cancel,
    requestId,
    progress: run.isPending ? (progress.data ?? null) : null,
    /** The result: the answer, as kept since. */
    result: run.data && live.data?.id === run.data.id ? live.data : run.data,
    running: run.isPending,
    /** Runs the inquiry for `next` (the current input by default), which becomes the input. */
    start(next: InquiryInput = input) {
      const id = crypto.randomUUID();
      setInput(next);
      setRequestId(id);
      cancel.reset();
      const request = inquiryRequest(next, id);
      run.mutate(request);
      prefetchListEvents(request.niss, request.period.from, request.period.to);
    },
    edit(next: InquiryInput) {
      setInput(next);
      // An error is about the input it was given: editing makes it stale.
      if (run.isError) run.reset();
    },
    /** Leaves a result for the start screen, the input kept. */
    backToStart,
  };
}

function InquiryFlow({ flow, focusTitle }: { flow: Flow; focusTitle: boolean }) {
  const { run, cancel, requestId } = flow;

  if (run.isSuccess && flow.result) {
    return (
      <ResultScreen
        inquiry={flow.result}
        onNewInquiry={flow.backToStart}
        // The same period, about the person the answer names; the name typed was someone else's.
        onInquirePerson={(niss) =>
          flow.start({ ...flow.input, niss: formatNiss(niss), personName: '' })
        }
      />
    );
  }

  return (
    <StartScreen
      input={flow.input}
      onInputChange={flow.edit}
      onSubmit={() => flow.start()}
      running={flow.running}
      progress={flow.progress}
      onCancel={() => {
        if (requestId) cancel.mutate(requestId);
      }}
      cancelling={cancel.isPending || (cancel.isSuccess && run.isPending)}
      error={asDeskError(run.error)}
      focusTitle={focusTitle}
    />
  );
}
