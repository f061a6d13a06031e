// The optional person's name: only to find the saved inquiry again (it is never sent to the BCSS).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PERSON_NAME_MAX } from './inquiry-input';

export function PersonNameField({
  value,
  onChange,
}: {
  value: string;
  onChange: (name: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field person-name-field">
      <label htmlFor={id}>{t('personName.label')}</label>
      <input
        id={id}
        className="person-name-input"
        name="personName"
        autoComplete="off"
        spellCheck={false}
        maxLength={PERSON_NAME_MAX}
        placeholder={t('personName.placeholder')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-help`}
        data-testid="person-name-input"
      />
      <p id={`${id}-help`} className="feedback feedback-neutral">
        {t('personName.help')}
      </p>
    </div>
  );
}
