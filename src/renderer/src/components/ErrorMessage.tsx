// Shows a DeskError in the UI language; what the BCSS service desk asks for (its code and text, the ticket, our
// code) is behind a "technical details" disclosure, so the message read first is always a sentence. A refusal
// the investigator just caused (a run, a registration) takes the focus and is scrolled into view whole, with
// what it offers to do next (`children`, e.g. "register this person"), so neither the eye nor a screen reader
// has to look for it.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskError } from '../../../shared/contract/errors';
import { errorSentence } from '../../../shared/presentation/error-sentence';
import { displayDetails, errorFacts, type ErrorFact } from './error-facts';

export function ErrorMessage({
  error,
  testId,
  takeFocus = false,
  children,
}: {
  error: DeskError;
  testId?: string;
  /** Move the focus to the message and scroll it into view when it appears (or changes). */
  takeFocus?: boolean;
  /** What the message offers to do about it, shown inside the box above the technical details. */
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const announced = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!takeFocus) return;
    // The whole box (its offer included) is brought to the middle of the view, room left below for its
    // technical details and what it offers, then focused without jumping again.
    box.current?.scrollIntoView({ block: 'center' });
    announced.current?.focus({ preventScroll: true });
  }, [error, takeFocus]);

  const values = displayDetails(error.details);
  // Why the vault is locked arrives as a code ('key-missing'): said in words.
  const reasonKey = `vaultLock.${String(values.reason)}`;
  if (error.code === 'VAULT_LOCKED' && i18n.exists(reasonKey)) {
    values.reason = (t as unknown as (key: string) => string)(reasonKey);
  }
  const text = errorSentence(error, t, values);
  const { shown, technical } = errorFacts(error);
  // A cancellation is the user's own doing: said calmly, not as an alert.
  const cancelled = error.code === 'CANCELLED';
  return (
    <div
      ref={box}
      className={`message ${cancelled ? 'message-info' : 'message-error'}`}
      data-testid={testId}
      data-error-code={error.code}
    >
      <div className="message-body">
        <div
          ref={announced}
          className="message-announced"
          role={cancelled ? 'status' : 'alert'}
          tabIndex={takeFocus ? -1 : undefined}
          data-testid={testId ? `${testId}-text` : undefined}
        >
          <p className="message-text">{text}</p>
          {shown.length > 0 && <FactList facts={shown} />}
        </div>
        {children}
        <TechnicalDetails facts={technical} />
      </div>
    </div>
  );
}

/** Facts as a definition list, each named in the UI language (errorInfo.*). */
export function FactList({ facts }: { facts: ErrorFact[] }) {
  const { t } = useTranslation();
  return (
    <dl className="message-facts">
      {facts.map((fact) => (
        <div key={fact.kind}>
          <dt>{t(`errorInfo.${fact.kind}`)}</dt>
          <dd className={fact.kind === 'description' ? undefined : 'mono'}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The "technical details" disclosure: codes, the BCSS's own text, the ticket. Nothing when there is none. */
export function TechnicalDetails({ facts }: { facts: ErrorFact[] }) {
  const { t } = useTranslation();
  if (facts.length === 0) return null;
  return (
    <details className="message-technical" data-testid="technical-details">
      <summary>{t('errorInfo.technical')}</summary>
      <FactList facts={facts} />
    </details>
  );
}
