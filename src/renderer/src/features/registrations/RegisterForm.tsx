// Registers a person for the CPAS (ManageAccess REGISTER): quality code, period (open end allowed), and an
// optional proof of identity the BCSS checks against the register.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTOR17_PURPOSES, type Sector17Purpose } from '../../../../shared/domain/access-purposes';
import type { AccessResult } from '../../../../shared/contract/person-services';
import { dateProblem, isoToDisplayDate } from '../../../../shared/domain/period';
import { asDeskError } from '../../api/desk-error';
import { useRegisterPerson } from '../../api/person-queries';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../app/useLanguage';
import { partialDate, registerDate } from './partial-date';

const PURPOSES = Object.keys(SECTOR17_PURPOSES).map(Number) as Sector17Purpose[];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function RegisterForm({
  niss,
  from: initialFrom,
  onRegistered,
}: {
  niss: string;
  /** The first day the registration covers, e.g. the inquiry period's start. */
  from: string;
  onRegistered: (result: AccessResult) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useLanguage();
  const register = useRegisterPerson();
  const [purpose, setPurpose] = useState<Sector17Purpose>(1);
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState('');
  const [proof, setProof] = useState({ lastName: '', firstName: '', birthDate: '' });
  const proofBirth = partialDate(proof.birthDate);
  const proofGiven = proof.lastName.trim() !== '' || proof.birthDate.trim() !== '';
  const proofValid = !proofGiven || (proof.lastName.trim() !== '' && proofBirth !== null);
  const periodValid = ISO.test(from) && (to === '' || (ISO.test(to) && to >= from));
  const error = asDeskError(register.error);

  return (
    <form
      className="register-form"
      aria-labelledby={`${id}-title`}
      data-testid="register-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!periodValid || !proofValid || register.isPending) return;
        register.mutate(
          {
            niss,
            purpose,
            period: { from, to: to === '' ? null : to },
            ...(proofGiven && proofBirth
              ? {
                  proof: {
                    lastName: proof.lastName.trim(),
                    ...(proof.firstName.trim() ? { firstName: proof.firstName.trim() } : {}),
                    birthDate: registerDate(proofBirth),
                  },
                }
              : {}),
          },
          { onSuccess: onRegistered },
        );
      }}
    >
      <h2 id={`${id}-title`}>{t('access.registerTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-purpose`}>{t('access.purpose')}</label>
        <select
          id={`${id}-purpose`}
          value={purpose}
          onChange={(event) => setPurpose(Number(event.target.value) as Sector17Purpose)}
          data-testid="register-purpose"
        >
          {PURPOSES.map((code) => (
            <option key={code} value={code}>
              {code} – {SECTOR17_PURPOSES[code][language]}
            </option>
          ))}
        </select>
      </div>
      <div className="period-dates">
        <DateInput
          label={t('access.from')}
          value={from}
          onChange={setFrom}
          placeholder={t('period.datePlaceholder')}
          invalid={!ISO.test(from)}
          describedBy={`${id}-period-help`}
          testId="register-from"
        />
        <DateInput
          label={t('access.to')}
          value={to}
          onChange={setTo}
          placeholder={t('period.datePlaceholder')}
          invalid={to !== '' && !periodValid}
          describedBy={`${id}-period-help`}
          testId="register-to"
        />
      </div>
      <p
        id={`${id}-period-help`}
        className={`feedback feedback-${periodValid ? 'neutral' : 'error'}`}
      >
        {periodValid
          ? t('access.toHelp')
          : to !== '' && ISO.test(to) && ISO.test(from)
            ? t('period.invalid.inverted')
            : t(`period.invalid.${dateProblem(ISO.test(from) ? to : from)}`)}
      </p>
      <details className="register-proof">
        <summary>{t('access.proofTitle')}</summary>
        <p className="muted">{t('access.proofHelp')}</p>
        <div className="register-proof-fields">
          <label>
            <span>{t('access.lastName')}</span>
            <input
              value={proof.lastName}
              onChange={(event) => setProof({ ...proof, lastName: event.target.value })}
              autoComplete="off"
              data-testid="register-proof-last-name"
            />
          </label>
          <label>
            <span>{t('access.firstName')}</span>
            <input
              value={proof.firstName}
              onChange={(event) => setProof({ ...proof, firstName: event.target.value })}
              autoComplete="off"
              data-testid="register-proof-first-name"
            />
          </label>
          <label>
            <span>{t('access.birthDate')}</span>
            <input
              value={proof.birthDate}
              onChange={(event) => setProof({ ...proof, birthDate: event.target.value })}
              placeholder={t('identify.birthDateHelp')}
              aria-invalid={(proof.birthDate !== '' && proofBirth === null) || undefined}
              autoComplete="off"
              data-testid="register-proof-birth-date"
            />
          </label>
        </div>
        {!proofValid && <p className="feedback feedback-error">{t('access.error.birthDate')}</p>}
      </details>
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={!periodValid || !proofValid || register.isPending}
          data-testid="register-submit"
        >
          {register.isPending ? t('access.registering') : t('access.submit')}
        </button>
      </div>
      {error && <ErrorMessage error={error} testId="register-error" takeFocus />}
    </form>
  );
}

/** A registration line's period in words: dd/mm/yyyy – dd/mm/yyyy, or "since …, ongoing". */
export function linePeriod(
  line: { from: string; to: string | null },
  t: (key: 'access.ongoing', values: { from: string }) => string,
): string {
  const from = isoToDisplayDate(line.from) || line.from;
  return line.to === null
    ? t('access.ongoing', { from })
    : `${from} – ${isoToDisplayDate(line.to) || line.to}`;
}
