// Shows a DeskError in the UI language; what the BCSS service desk asks for (its code and text, the ticket, our
// code) is behind a "technical details" disclosure, so the message read first is always the localized one.
import { useTranslation } from 'react-i18next';
import type { DeskError } from '../../../shared/contract/errors';
import { displayDetails, errorFacts, type ErrorFact } from './error-facts';

export function ErrorMessage({ error, testId }: { error: DeskError; testId?: string }) {
  const { t, i18n } = useTranslation();
  // The key and its variables arrive as data from main: checked by the catalogue tests, not the compiler.
  const translate = t as unknown as (key: string, values: object) => string;
  const values = displayDetails(error.details);
  // Why the vault is locked arrives as a code ('key-missing'): said in words.
  const reasonKey = `vaultLock.${String(values.reason)}`;
  if (error.code === 'VAULT_LOCKED' && i18n.exists(reasonKey)) {
    values.reason = translate(reasonKey, {});
  }
  const text = i18n.exists(error.messageKey)
    ? translate(error.messageKey, values)
    : t('errorInfo.unknown', { code: error.code });
  const { shown, technical } = errorFacts(error);
  // A cancellation is the user's own doing: said calmly, not as an alert.
  const cancelled = error.code === 'CANCELLED';
  const factList = (facts: ErrorFact[]) => (
    <dl className="message-facts">
      {facts.map((fact) => (
        <div key={fact.kind}>
          <dt>{t(`errorInfo.${fact.kind}`)}</dt>
          <dd className={fact.kind === 'description' ? undefined : 'mono'}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
  return (
    <div
      className={`message ${cancelled ? 'message-info' : 'message-error'}`}
      role={cancelled ? 'status' : 'alert'}
      data-testid={testId}
      data-error-code={error.code}
    >
      <div className="message-body">
        <p className="message-text">{text}</p>
        {shown.length > 0 && factList(shown)}
        {technical.length > 0 && (
          <details className="message-technical">
            <summary>{t('errorInfo.technical')}</summary>
            {factList(technical)}
          </details>
        )}
      </div>
    </div>
  );
}
