// Demo environment only: picks one of the simulator's fictitious persons to fill the NISS field.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoPerson } from '../../../../shared/contract/contract';
import type { Language } from '../../../../shared/domain/preferences';
import { demoOptionText, demoPersonFor, groupDemoPersons } from './demo-persons';

export function DemoPicker({
  persons,
  niss,
  language,
  onPick,
  disabled,
}: {
  persons: readonly DemoPerson[];
  niss: string;
  language: Language;
  onPick: (person: DemoPerson) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const groups = groupDemoPersons(persons);
  const selected = demoPersonFor(persons, niss);
  return (
    <div className="field demo-picker-field">
      <label htmlFor={id}>{t('demo.label')}</label>
      <select
        id={id}
        className="demo-picker"
        value={selected?.niss ?? ''}
        disabled={disabled}
        onChange={(event) => {
          const person = persons.find((p) => p.niss === event.target.value);
          if (person) onPick(person);
        }}
        aria-describedby={`${id}-help`}
        data-testid="demo-picker"
      >
        <option value="">{t('demo.placeholder')}</option>
        {groups.cases.length > 0 && (
          <optgroup label={t('demo.cases')}>
            {groups.cases.map((person) => (
              <option key={person.niss} value={person.niss} title={person.teaches[language]}>
                {demoOptionText(person, language)}
              </option>
            ))}
          </optgroup>
        )}
        {groups.codes.length > 0 && (
          <optgroup label={t('demo.codes')}>
            {groups.codes.map((person) => (
              <option key={person.niss} value={person.niss} title={person.teaches[language]}>
                {demoOptionText(person, language)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <p id={`${id}-help`} className="feedback feedback-neutral demo-teaches">
        {selected ? selected.teaches[language] : t('demo.help')}
      </p>
    </div>
  );
}
