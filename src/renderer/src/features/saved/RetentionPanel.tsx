// How long saved inquiries are kept, when the next purge runs, and the field to change it (1-3650 days).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRetention, useSetRetention } from '../../api/queries';
import { asDeskError } from '../../api/desk-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { parseRetentionDays, timestampParts } from './saved-format';

export function RetentionPanel() {
  const { t } = useTranslation();
  const id = useId();
  const retention = useRetention();
  const save = useSetRetention();
  // null: the field shows the stored value; text: what the investigator is typing.
  const [typed, setTyped] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // A paused retention is resumed by saving a period, even the same one.
  const paused = retention.data?.paused === true;
  const current = paused ? undefined : retention.data?.days;
  const text = typed ?? (retention.data ? String(retention.data.days) : '');
  const days = parseRetentionDays(text);
  const invalid = typed !== null && days === null;
  // Paused, no purge will run then: no date is promised.
  const next = paused ? null : timestampParts(retention.data?.nextPurgeAt);
  const error = asDeskError(retention.error ?? save.error);

  return (
    <section className="retention-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('retention.title')}</h2>
      {retention.data && (
        <p className="retention-summary" data-testid="retention-next">
          {next
            ? t('retention.summary', {
                days: retention.data.days,
                date: next.date,
                time: next.time,
              })
            : t('retention.summaryNoDate', { days: retention.data.days })}
        </p>
      )}
      {paused && (
        <p className="notice notice-warning" role="alert" data-testid="retention-paused">
          {t('retention.paused')}
        </p>
      )}
      <form
        className="retention-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (days === null || days === current || save.isPending) return;
          setSaved(false);
          save.mutate(days, {
            onSuccess: () => {
              setTyped(null);
              setSaved(true);
            },
          });
        }}
      >
        <label htmlFor={`${id}-days`}>{t('retention.label')}</label>
        <div className="retention-row">
          <input
            id={`${id}-days`}
            className="retention-days"
            inputMode="numeric"
            autoComplete="off"
            value={text}
            disabled={!retention.data}
            onChange={(event) => {
              setTyped(event.target.value);
              setSaved(false);
            }}
            aria-invalid={invalid}
            aria-describedby={`${id}-help`}
            data-testid="retention-days"
          />
          <button
            type="submit"
            className="secondary"
            disabled={days === null || days === current || save.isPending}
            data-testid="retention-save"
          >
            {t('retention.save')}
          </button>
        </div>
        <p
          id={`${id}-help`}
          className={`feedback feedback-${invalid ? 'error' : 'neutral'}`}
          aria-live="polite"
        >
          {invalid ? t('retention.invalid') : t('retention.help')}
        </p>
        {saved && (
          <p className="status-line" role="status" data-testid="retention-saved">
            {t('retention.saved')}
          </p>
        )}
      </form>
      {error && <ErrorMessage error={error} testId="retention-error" />}
    </section>
  );
}
