// The start screen: NISS, period and person's name of a new inquiry, the demo picker, the progress of a
// running inquiry and its errors.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryProgress as Progress } from '../../../../shared/contract/contract';
import type { DeskError } from '../../../../shared/contract/errors';
import type { AccessResult } from '../../../../shared/contract/person-services';
import { isoToDisplayDate, isWhollyFuture } from '../../../../shared/domain/period';
import { useAppInfo, useDemoPersons } from '../../api/queries';
import { DemoPicker } from './DemoPicker';
import { ErrorMessage } from '../../components/ErrorMessage';
import { InquiryProgress } from './InquiryProgress';
import { FirstRunPanel } from './FirstRunPanel';
import { NissField } from '../../components/NissField';
import { PeriodField } from './PeriodField';
import { PersonNameField } from './PersonNameField';
import { useLanguage } from '../../app/useLanguage';
import { PersonSearch } from '../registrations/PersonSearch';
import { RegisteredNotice, RegistrationOffer } from '../registrations/RegistrationOffer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatNiss } from '../../../../shared/presentation/format';
import '../registrations/person.css';
import { isReady, withNiss, withPickedPerson, type InquiryInput } from './inquiry-input';

export type { InquiryInput } from './inquiry-input';

export function StartScreen({
  input,
  onInputChange,
  onSubmit,
  running,
  progress,
  onCancel,
  cancelling,
  error,
  focusTitle = false,
}: {
  input: InquiryInput;
  onInputChange: (input: InquiryInput) => void;
  onSubmit: () => void;
  running: boolean;
  progress: Progress | null;
  onCancel: () => void;
  cancelling: boolean;
  error: DeskError | null;
  /** Reached from the navigation: the title takes the focus, as any new screen's does. */
  focusTitle?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const demo = useAppInfo().data?.environment === 'demo';
  const persons = useDemoPersons(demo);
  const ready = isReady(input);
  const title = useRef<HTMLHeadingElement>(null);
  const [searching, setSearching] = useState(false);
  // MSG00012: the CPAS has not registered the person yet; it can do so here and rerun.
  const notIntegrated = error?.code === 'BCSS_STATUS' && error.details?.code === 'MSG00012';
  // Registered since that refusal: the refusal no longer holds and goes (a new run brings a new error).
  const [registration, setRegistration] = useState<{
    refusal: DeskError;
    result: AccessResult;
  } | null>(null);
  const registered = error && registration?.refusal === error ? registration.result : null;
  // A period wholly in the future: the BCSS has nothing yet; asked once before running.
  const [confirmFuture, setConfirmFuture] = useState(false);
  useEffect(() => {
    if (focusTitle) title.current?.focus();
  }, [focusTitle]);

  return (
    <section className="card start-screen" aria-labelledby="start-title">
      <h1 id="start-title" ref={title} tabIndex={-1}>
        {t('start.title')}
      </h1>
      <p className="intro">{t('start.intro')}</p>
      <FirstRunPanel />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready || running) return;
          if (isWhollyFuture(input.period, new Date())) setConfirmFuture(true);
          else onSubmit();
        }}
      >
        <fieldset className="start-fields" disabled={running}>
          {demo && persons.data && persons.data.length > 0 && (
            <DemoPicker
              persons={persons.data}
              niss={input.niss}
              language={language}
              disabled={running}
              onPick={(person) => onInputChange(withPickedPerson(input, person))}
            />
          )}
          <NissField
            value={input.niss}
            onChange={(niss) => onInputChange(withNiss(input, niss, persons.data ?? []))}
          />
          <div className="identify-toggle">
            <button
              type="button"
              className="chip"
              aria-expanded={searching}
              onClick={() => setSearching(!searching)}
              data-testid="identify-open"
            >
              {searching ? t('identify.close') : t('identify.open')}
            </button>
          </div>
          <PersonNameField
            value={input.personName}
            onChange={(personName) => onInputChange({ ...input, personName })}
          />
          <PeriodField
            value={input.period}
            onChange={(period) => onInputChange({ ...input, period })}
          />
        </fieldset>
        <div className="actions">
          <button
            type="submit"
            className="primary"
            disabled={!ready || running}
            data-testid="submit-inquiry"
          >
            {t('start.submit')}
          </button>
          {!ready && <span className="hint">{t('start.submitDisabled')}</span>}
        </div>
        {running && (
          <InquiryProgress progress={progress} onCancel={onCancel} cancelling={cancelling} />
        )}
      </form>
      {!running && error && !registered && (
        <ErrorMessage error={error} testId="start-error" takeFocus>
          {notIntegrated && (
            <RegistrationOffer
              // A new refusal (another NISS) starts a new offer.
              key={input.niss}
              niss={input.niss}
              from={input.period.from}
              onRegistered={(result) => setRegistration({ refusal: error, result })}
            />
          )}
        </ErrorMessage>
      )}
      {!running && registered && <RegisteredNotice registered={registered} onRerun={onSubmit} />}
      {confirmFuture && (
        <ConfirmDialog
          title={t('period.future.title')}
          confirmLabel={t('period.future.confirm')}
          onCancel={() => setConfirmFuture(false)}
          onConfirm={() => {
            setConfirmFuture(false);
            onSubmit();
          }}
        >
          <p>
            {t('period.future.body', {
              from: isoToDisplayDate(input.period.from),
              to: isoToDisplayDate(input.period.to),
            })}
          </p>
        </ConfirmDialog>
      )}
      {searching && !running && (
        <PersonSearch
          onChoose={(candidate) => {
            onInputChange({
              ...input,
              niss: formatNiss(candidate.ssin),
              personName: `${candidate.lastName.toUpperCase()} ${candidate.firstNames}`.trim(),
            });
            setSearching(false);
          }}
        />
      )}
    </section>
  );
}
