// The inquiry period: two dates, presets, and a clear message when the period is empty or inverted.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../components/DateInput';
import {
  checkPeriod,
  isWhollyFuture,
  PERIOD_PRESETS,
  presetPeriod,
  type Period,
} from '../../../../shared/domain/period';

export function PeriodField({
  value,
  onChange,
}: {
  value: Period;
  onChange: (period: Period) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const check = checkPeriod(value.from, value.to);
  const invalidFrom = !check.ok && (check.field === 'from' || check.field === 'both');
  const invalidTo = !check.ok && (check.field === 'to' || check.field === 'both');
  const future = check.ok && isWhollyFuture(check.period, new Date());

  return (
    <fieldset className="field period-field">
      <legend>{t('period.legend')}</legend>
      <div className="period-dates">
        <DateInput
          label={t('period.from')}
          value={value.from}
          onChange={(from) => onChange({ ...value, from })}
          placeholder={t('period.datePlaceholder')}
          invalid={invalidFrom}
          describedBy={`${id}-feedback`}
          testId="period-from"
        />
        <DateInput
          label={t('period.to')}
          value={value.to}
          onChange={(to) => onChange({ ...value, to })}
          placeholder={t('period.datePlaceholder')}
          invalid={invalidTo}
          describedBy={`${id}-feedback`}
          testId="period-to"
        />
      </div>
      <div className="period-presets" role="group" aria-label={t('period.presets')}>
        {PERIOD_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="chip"
            onClick={() => onChange(presetPeriod(preset, new Date()))}
            data-testid={`preset-${preset}`}
          >
            {t(`period.preset.${preset}`)}
          </button>
        ))}
      </div>
      <p
        id={`${id}-feedback`}
        className={`feedback feedback-${check.ok ? (future ? 'warning' : 'neutral') : 'error'}`}
        aria-live="polite"
        data-testid="period-feedback"
      >
        {check.ok ? (
          <>
            <span>{t('period.summary', { days: check.days })}</span>
            {future && <span data-testid="period-future">{t('period.future.notice')}</span>}
          </>
        ) : (
          t(`period.invalid.${check.reason}`)
        )}
      </p>
    </fieldset>
  );
}
