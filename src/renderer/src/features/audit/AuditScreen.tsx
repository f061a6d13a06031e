// The security advisor's screen: every BCSS call, export and print of a date range, exported as a CSV file.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditExport } from '../../../../shared/contract/vault';
import { checkPeriod, type Period } from '../../../../shared/domain/period';
import { useExportAudit } from '../../api/queries';
import { asDeskError } from '../../api/desk-error';
import { currentMonth, previousMonth } from './audit-range';
import { downloadText } from '../../components/download';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../app/useLanguage';

export function AuditScreen({
  range,
  onRangeChange,
}: {
  range: Period;
  onRangeChange: (range: Period) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const title = useRef<HTMLHeadingElement>(null);
  const exportAudit = useExportAudit();
  const [exported, setExported] = useState<AuditExport | null>(null);
  const check = checkPeriod(range.from, range.to);
  const invalidFrom = !check.ok && (check.field === 'from' || check.field === 'both');
  const invalidTo = !check.ok && (check.field === 'to' || check.field === 'both');
  const error = asDeskError(exportAudit.error);

  useEffect(() => title.current?.focus(), []);

  const change = (next: Period) => {
    onRangeChange(next);
    setExported(null);
    exportAudit.reset();
  };

  return (
    <section
      className="card audit-screen"
      aria-labelledby={`${id}-title`}
      data-testid="audit-screen"
    >
      <h1 id={`${id}-title`} ref={title} tabIndex={-1}>
        {t('audit.title')}
      </h1>
      <p className="intro">{t('audit.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!check.ok || exportAudit.isPending) return;
          setExported(null);
          exportAudit.mutate(
            { from: range.from, to: range.to, language },
            {
              onSuccess: (result) => {
                // As received: the BOM at its head tells a spreadsheet the file is UTF-8.
                downloadText(result.csv, result.fileName, 'text/csv;charset=utf-8');
                setExported(result);
              },
            },
          );
        }}
      >
        <fieldset className="field period-field">
          <legend>{t('audit.range')}</legend>
          <div className="period-dates">
            <DateInput
              label={t('period.from')}
              value={range.from}
              onChange={(from) => change({ ...range, from })}
              placeholder={t('period.datePlaceholder')}
              invalid={invalidFrom}
              describedBy={`${id}-feedback`}
              testId="audit-from"
            />
            <DateInput
              label={t('period.to')}
              value={range.to}
              onChange={(to) => change({ ...range, to })}
              placeholder={t('period.datePlaceholder')}
              invalid={invalidTo}
              describedBy={`${id}-feedback`}
              testId="audit-to"
            />
          </div>
          <div className="period-presets" role="group" aria-label={t('period.presets')}>
            <button
              type="button"
              className="chip"
              onClick={() => change(currentMonth(new Date()))}
              data-testid="audit-current-month"
            >
              {t('audit.currentMonth')}
            </button>
            <button
              type="button"
              className="chip"
              onClick={() => change(previousMonth(new Date()))}
              data-testid="audit-previous-month"
            >
              {t('audit.previousMonth')}
            </button>
          </div>
          <p
            id={`${id}-feedback`}
            className={`feedback feedback-${check.ok ? 'neutral' : 'error'}`}
            aria-live="polite"
          >
            {check.ok
              ? t('period.summary', { days: check.days })
              : t(`period.invalid.${check.reason}`)}
          </p>
        </fieldset>
        <div className="actions">
          <button
            type="submit"
            className="primary"
            disabled={!check.ok || exportAudit.isPending}
            data-testid="audit-export"
          >
            {exportAudit.isPending ? t('audit.exporting') : t('audit.export')}
          </button>
        </div>
      </form>
      {exported && (
        <div className="message message-info" role="status" data-testid="audit-result">
          <p className="message-text">
            {exported.rows > 0
              ? t('audit.result', { rows: exported.rows, file: exported.fileName })
              : t('audit.resultEmpty', { file: exported.fileName })}
          </p>
          {exported.damaged > 0 && (
            <p className="message-text" data-testid="audit-damaged">
              {t('audit.damaged', { count: exported.damaged })}
            </p>
          )}
          <p className="message-text audit-confidential">{t('audit.confidential')}</p>
        </div>
      )}
      {error && <ErrorMessage error={error} testId="audit-error" />}
    </section>
  );
}
