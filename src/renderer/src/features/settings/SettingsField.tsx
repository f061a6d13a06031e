// One labelled input of a settings form, with its help and, when main refused it, the problem in words.
import { useId, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { TIME_LIMITS_SECONDS } from '../../../../shared/contract/settings';

export function SettingsField({
  label,
  value,
  onChange,
  issue,
  help,
  testId,
  ...input
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  issue?: string;
  help?: string;
  testId: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const { t } = useTranslation();
  const id = useId();
  // The code arrives from main as data: the catalogue tests check it exists in every language.
  const issueText = issue
    ? (t as unknown as (key: string, values: object) => string)(
        `settings.issue.${issue}`,
        // The limits some messages quote (a timeout above its cap).
        TIME_LIMITS_SECONDS,
      )
    : null;
  return (
    <div className="field settings-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={issue ? true : undefined}
        aria-describedby={`${id}-help`}
        data-testid={testId}
        autoComplete="off"
        {...input}
      />
      <p
        id={`${id}-help`}
        className={`feedback feedback-${issueText ? 'error' : 'neutral'}`}
        data-testid={issueText ? `${testId}-issue` : undefined}
      >
        {issueText ?? help ?? ''}
      </p>
    </div>
  );
}
