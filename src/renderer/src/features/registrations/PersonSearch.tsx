// Finds a NISS from a name and a birth date (IdentifyPerson, phonetic): candidates in a table; choosing one
// fills the inquiry's NISS and the person's name.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonCandidate } from '../../../../shared/contract/person-services';
import { asDeskError } from '../../api/desk-error';
import { useSearchPersons } from '../../api/person-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../app/useLanguage';
import { formatInquiryDate, formatNiss } from '../../../../shared/presentation/format';
import { partialDate } from './partial-date';

const TOLERANCES = Array.from({ length: 11 }, (_, i) => i);

export function PersonSearch({ onChoose }: { onChoose: (candidate: PersonCandidate) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const search = useSearchPersons();
  const [lastName, setLastName] = useState('');
  const [firstName, setFirstName] = useState('');
  const [birthText, setBirthText] = useState('');
  const [tolerance, setTolerance] = useState(0);
  const [sex, setSex] = useState<'' | 'M' | 'F'>('');
  const birthDate = partialDate(birthText);
  const birthInvalid = birthText.trim() !== '' && birthDate === null;
  const ready = lastName.trim() !== '' && birthDate !== null;
  const error = asDeskError(search.error);
  const result = search.data;

  return (
    <section className="person-search" aria-labelledby={`${id}-title`} data-testid="person-search">
      <h2 id={`${id}-title`}>{t('identify.title')}</h2>
      <p className="intro">{t('identify.intro')}</p>
      <form
        className="person-search-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!ready || search.isPending) return;
          search.mutate({
            lastName: lastName.trim(),
            ...(firstName.trim() ? { firstName: firstName.trim() } : {}),
            birthDate: birthDate!,
            tolerance,
            ...(sex ? { sex } : {}),
          });
        }}
      >
        <label>
          <span>{t('identify.lastName')}</span>
          <input
            value={lastName}
            onChange={(event) => setLastName(event.target.value)}
            autoComplete="off"
            data-testid="identify-last-name"
          />
        </label>
        <label>
          <span>{t('identify.firstName')}</span>
          <input
            value={firstName}
            onChange={(event) => setFirstName(event.target.value)}
            autoComplete="off"
            data-testid="identify-first-name"
          />
        </label>
        <label>
          <span>{t('identify.birthDate')}</span>
          <input
            value={birthText}
            onChange={(event) => setBirthText(event.target.value)}
            placeholder={t('identify.birthDateHelp')}
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={birthInvalid || undefined}
            aria-describedby={`${id}-birth-help`}
            data-testid="identify-birth-date"
          />
          <small id={`${id}-birth-help`} className={birthInvalid ? 'feedback-error' : 'muted'}>
            {birthInvalid ? t('identify.error.birthDate') : t('identify.birthDateHelp')}
          </small>
        </label>
        <label title={t('identify.toleranceHelp')}>
          <span>{t('identify.tolerance')}</span>
          <select
            value={tolerance}
            onChange={(event) => setTolerance(Number(event.target.value))}
            data-testid="identify-tolerance"
          >
            {TOLERANCES.map((value) => (
              <option key={value} value={value}>
                ± {value}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('identify.sex')}</span>
          <select
            value={sex}
            onChange={(event) => setSex(event.target.value as '' | 'M' | 'F')}
            data-testid="identify-sex"
          >
            <option value="">{t('identify.sexAny')}</option>
            <option value="M">{t('identify.sexM')}</option>
            <option value="F">{t('identify.sexF')}</option>
          </select>
        </label>
        <div className="actions">
          <button
            type="submit"
            className="secondary"
            disabled={!ready || search.isPending}
            data-testid="identify-submit"
          >
            {search.isPending ? t('identify.searching') : t('identify.search')}
          </button>
        </div>
      </form>
      {error && <ErrorMessage error={error} testId="identify-error" takeFocus />}
      {result && result.candidates.length === 0 && (
        <p className="muted" role="status" data-testid="identify-none">
          {t('identify.none')}
        </p>
      )}
      {result && result.candidates.length > 0 && (
        <>
          <p className="status-line" role="status">
            {t('identify.results', { count: result.candidates.length })}
          </p>
          {result.mayHaveMore && (
            <p className="notice notice-warning" data-testid="identify-more">
              {t('identify.mayHaveMore')}
            </p>
          )}
          <table className="person-candidates" data-testid="identify-results">
            <thead>
              <tr>
                <th scope="col">{t('identify.columns.name')}</th>
                <th scope="col">{t('identify.columns.birthDate')}</th>
                <th scope="col">{t('identify.columns.sex')}</th>
                <th scope="col">{t('identify.columns.municipality')}</th>
                <th scope="col">{t('identify.columns.niss')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('identify.columns.choose')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {result.candidates.map((candidate) => (
                <tr key={candidate.ssin} data-testid="identify-candidate">
                  <td>
                    <strong>{candidate.lastName.toUpperCase()}</strong> {candidate.firstNames}
                  </td>
                  <td>{candidate.birthDate ? formatInquiryDate(candidate.birthDate) : '?'}</td>
                  <td>{candidate.sex ? t(`identify.sex${candidate.sex}`) : '?'}</td>
                  <td>
                    {candidate.municipality
                      ? `${candidate.municipality.postalCode ?? ''} ${candidate.municipality.name[language]}`.trim()
                      : t('identify.abroad')}
                  </td>
                  <td className="mono">{formatNiss(candidate.ssin)}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => onChoose(candidate)}
                      data-testid="identify-choose"
                    >
                      {t('identify.choose')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
