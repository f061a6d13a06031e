// A password that goes to main once and never comes back (HTTP Basic, proxy): typed, saved encrypted, or
// cleared; the view only says whether one is stored.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsField } from './SettingsField';

export function PasswordForm({
  label,
  isSet,
  setText,
  notSetText,
  issue,
  pending,
  onSave,
  testId,
}: {
  label: string;
  isSet: boolean;
  setText: string;
  notSetText: string;
  issue?: string;
  pending: boolean;
  /** null clears the stored password; resolves once main has it. */
  onSave: (password: string | null, done: () => void) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  return (
    <form
      className="settings-row settings-password"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(typed, () => setTyped(''));
      }}
    >
      <SettingsField
        label={label}
        value={typed}
        onChange={setTyped}
        type="password"
        issue={issue}
        help={isSet ? setText : notSetText}
        testId={testId}
      />
      <div className="actions">
        <button
          type="submit"
          className="secondary"
          disabled={typed === '' || pending}
          data-testid={`${testId}-save`}
        >
          {t('settings.remote.setPassword')}
        </button>
        {isSet && (
          <button
            type="button"
            className="secondary"
            onClick={() => onSave(null, () => setTyped(''))}
            data-testid={`${testId}-clear`}
          >
            {t('settings.remote.clearPassword')}
          </button>
        )}
      </div>
    </form>
  );
}
