// The CPAS's repertory at the BCSS (ManageAccess) for one person: its registrations listed per register,
// removed whole or for a period, and a new one made.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { purposeLabels } from '../../../../shared/domain/access-purposes';
import { parseNiss } from '../../../../shared/domain/niss';
import type { AccessResult, RegistrationLine } from '../../../../shared/contract/person-services';
import { asDeskError } from '../../api/desk-error';
import { useListRegistrations, useUnregisterPerson } from '../../api/person-queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DateInput } from '../../components/DateInput';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NissField } from '../../components/NissField';
import { useLanguage } from '../../app/useLanguage';
import { linePeriod, RegisterForm } from './RegisterForm';
import { formatNiss } from '../../../../shared/presentation/format';
import './person.css';

type Register = 'ALL' | 'PRIMARY' | 'SECONDARY';
const REGISTERS: Register[] = ['ALL', 'SECONDARY', 'PRIMARY'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function RegistrationsScreen({
  nissText,
  onNissTextChange,
}: {
  /** Kept by the app while another screen shows, as the other screens' input is. */
  nissText: string;
  onNissTextChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const [register, setRegister] = useState<Register>('ALL');
  const [result, setResult] = useState<AccessResult | null>(null);
  const [removing, setRemoving] = useState<RegistrationLine | null>(null);
  const [cutting, setCutting] = useState<RegistrationLine | null>(null);
  const [changed, setChanged] = useState(false);
  const language = useLanguage();
  const list = useListRegistrations();
  const unregister = useUnregisterPerson();
  const niss = parseNiss(nissText);
  const error = asDeskError(list.error ?? unregister.error);

  useEffect(() => title.current?.focus(), []);

  const refresh = () => {
    if (!niss.ok) return;
    list.mutate({ niss: niss.value, register }, { onSuccess: setResult });
  };
  const removed = () => {
    setChanged(true);
    setRemoving(null);
    setCutting(null);
    refresh();
  };

  return (
    <section
      className="card registrations-screen"
      aria-labelledby={`${id}-title`}
      data-testid="registrations-screen"
    >
      <h1 id={`${id}-title`} ref={title} tabIndex={-1}>
        {t('access.title')}
      </h1>
      <p className="intro">{t('access.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setChanged(false);
          refresh();
        }}
      >
        <NissField
          value={nissText}
          onChange={(value) => {
            onNissTextChange(value);
            setResult(null);
          }}
        />
        <div className="field">
          <label htmlFor={`${id}-register`}>{t('access.register.label')}</label>
          <select
            id={`${id}-register`}
            value={register}
            onChange={(event) => setRegister(event.target.value as Register)}
            data-testid="registrations-register"
          >
            {REGISTERS.map((value) => (
              <option key={value} value={value}>
                {t(`access.register.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button
            type="submit"
            className="primary"
            disabled={!niss.ok || list.isPending}
            data-testid="registrations-list"
          >
            {list.isPending ? t('access.listing') : t('access.list')}
          </button>
        </div>
      </form>
      {error && <ErrorMessage error={error} testId="registrations-error" takeFocus />}
      {changed && (
        <p className="status-line" role="status" data-testid="registrations-changed">
          {t('access.removed')}
        </p>
      )}
      {result && niss.ok && (
        <RegistrationTable
          result={result}
          onRemove={setRemoving}
          onCut={(line) => setCutting(cutting === line ? null : line)}
          cutting={cutting}
          onCutSubmit={(line, period) =>
            unregister.mutate(
              { niss: niss.value, purpose: line.purpose, period },
              { onSuccess: removed },
            )
          }
          busy={unregister.isPending}
        />
      )}
      {result && niss.ok && (
        <RegisterForm
          key={niss.value}
          niss={niss.value}
          from={new Date().toLocaleDateString('sv-SE')}
          onRegistered={() => refresh()}
        />
      )}
      {removing && niss.ok && (
        <ConfirmDialog
          title={t('access.removeTitle')}
          confirmLabel={t('access.remove')}
          busy={unregister.isPending}
          onCancel={() => setRemoving(null)}
          onConfirm={() =>
            unregister.mutate(
              { niss: niss.value, purpose: removing.purpose },
              { onSuccess: removed, onSettled: () => setRemoving(null) },
            )
          }
        >
          <p>
            {t('access.removeText', {
              purpose: `${removing.purpose} – ${purposeLabels(removing.purpose)[language]}`,
            })}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function RegistrationTable({
  result,
  onRemove,
  onCut,
  cutting,
  onCutSubmit,
  busy,
}: {
  result: AccessResult;
  onRemove: (line: RegistrationLine) => void;
  onCut: (line: RegistrationLine) => void;
  cutting: RegistrationLine | null;
  onCutSubmit: (line: RegistrationLine, period: { from: string; to: string | null }) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (result.lines.length === 0) {
    return (
      <p className="muted" role="status" data-testid="registrations-empty">
        {t('access.empty')}
      </p>
    );
  }
  return (
    <>
      {result.replacedBy && (
        <p className="notice notice-warning">
          {t('access.replaced', { niss: formatNiss(result.replacedBy) })}
        </p>
      )}
      <p className="status-line">{t('access.count', { count: result.lines.length })}</p>
      <table className="registrations-table" data-testid="registrations-table">
        <thead>
          <tr>
            <th scope="col">{t('access.columns.purpose')}</th>
            <th scope="col">{t('access.columns.period')}</th>
            <th scope="col">{t('access.columns.register')}</th>
            <th scope="col">{t('access.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {result.lines.map((line) => (
            <tr
              key={`${line.register}-${line.purpose}-${line.from}`}
              data-testid="registration-line"
            >
              <td>
                {line.purpose} – {purposeLabels(line.purpose)[language]}
              </td>
              <td data-testid="registration-period">{linePeriod(line, t)}</td>
              <td>{t(`access.register.${line.register}`)}</td>
              <td>
                {/* Only the CPAS's own lines are its to change. */}
                {line.register === 'SECONDARY' && (
                  <div className="registration-actions">
                    <button
                      type="button"
                      className="danger-outline"
                      disabled={busy}
                      onClick={() => onRemove(line)}
                      data-testid="registration-remove"
                    >
                      {t('access.remove')}
                    </button>
                    <button
                      type="button"
                      className="secondary"
                      aria-expanded={cutting === line}
                      onClick={() => onCut(line)}
                      data-testid="registration-cut"
                    >
                      {t('access.removePeriod')}
                    </button>
                  </div>
                )}
                {cutting === line && <CutPeriod line={line} busy={busy} onSubmit={onCutSubmit} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CutPeriod({
  line,
  busy,
  onSubmit,
}: {
  line: RegistrationLine;
  busy: boolean;
  onSubmit: (line: RegistrationLine, period: { from: string; to: string | null }) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [from, setFrom] = useState(line.from);
  const [to, setTo] = useState(line.to ?? '');
  const valid = ISO.test(from) && (to === '' || (ISO.test(to) && to >= from));
  return (
    <form
      className="registration-cut"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) onSubmit(line, { from, to: to === '' ? null : to });
      }}
    >
      <DateInput
        label={t('access.removeFrom')}
        value={from}
        onChange={setFrom}
        placeholder={t('period.datePlaceholder')}
        invalid={!ISO.test(from)}
        describedBy={`${id}-help`}
        testId="cut-from"
      />
      <DateInput
        label={t('access.removeTo')}
        value={to}
        onChange={setTo}
        placeholder={t('period.datePlaceholder')}
        invalid={to !== '' && !valid}
        describedBy={`${id}-help`}
        testId="cut-to"
      />
      <span id={`${id}-help`} className="visually-hidden">
        {t('access.toHelp')}
      </span>
      <button
        type="submit"
        className="secondary"
        disabled={!valid || busy}
        data-testid="cut-submit"
      >
        {t('access.removeSubmit')}
      </button>
    </form>
  );
}
