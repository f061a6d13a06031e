// While an inquiry runs: the steps, the current one, retries, and a Cancel button (Escape does the same).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryProgress as Progress } from '../../../../shared/contract/contract';
import { budgetLeft, SHOWN_STEPS, stepState } from './progress-steps';

export function InquiryProgress({
  progress,
  onCancel,
  cancelling,
}: {
  progress: Progress | null;
  onCancel: () => void;
  cancelling: boolean;
}) {
  const { t } = useTranslation();
  const current = progress?.step ?? null;
  useEscapeCancels(onCancel, cancelling);
  const budget = budgetLeft(progress?.budget);
  return (
    <div className="inquiry-progress" aria-busy="true">
      <div className="progress-head">
        <span className="spinner" aria-hidden="true" />
        <strong>{t('progress.title')}</strong>
        <button
          type="button"
          className="secondary"
          onClick={onCancel}
          disabled={cancelling}
          aria-keyshortcuts="Escape"
          data-testid="cancel-inquiry"
        >
          {cancelling ? t('progress.cancelling') : t('inquiry.cancel')}
        </button>
        <span className="hint">{t('leave.escapeHint')}</span>
      </div>
      <p className="progress-current" role="status" aria-live="polite" data-testid="progress-step">
        {current ? t(`inquiry.step.${current}`) : t('inquiry.running')}
        {progress && progress.attempt > 1 && (
          <span className="progress-attempt">
            {' '}
            · {t('inquiry.attempt', { attempt: progress.attempt })}
          </span>
        )}
      </p>
      {budget && (
        // Outside the live region: a screen reader is not told every second, and reads it when asked.
        <div className="progress-budget" data-testid="progress-budget">
          <span>{t('progress.budgetLeft', { seconds: budget.seconds, total: budget.total })}</span>
          <progress className="budget-bar" max={1} value={budget.share} aria-hidden="true" />
        </div>
      )}
      <ol className="progress-steps">
        {SHOWN_STEPS.map((step) => {
          const state = stepState(step, current);
          return (
            <li
              key={step}
              className={`step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              {t(`inquiry.step.${step}`)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Escape anywhere cancels the run, as the Cancel button does, unless a dialog open above takes it for itself. */
function useEscapeCancels(onCancel: () => void, cancelling: boolean) {
  const latest = useRef({ onCancel, cancelling });
  useEffect(() => {
    latest.current = { onCancel, cancelling };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      if (latest.current.cancelling) return;
      event.preventDefault();
      latest.current.onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
