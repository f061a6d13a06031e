// Inside an MSG00012 refusal: register the person for the CPAS in place; once registered, the refusal is gone
// (it no longer holds) and RegisteredNotice says so, with the rerun of the inquiry in one action.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessResult } from '../../../../shared/contract/person-services';
import { formatNiss } from '../../../../shared/presentation/format';
import { RegisterForm } from './RegisterForm';

export function RegistrationOffer({
  niss,
  from,
  onRegistered,
}: {
  niss: string;
  from: string;
  onRegistered: (result: AccessResult) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div className="actions message-actions">
        <button
          type="button"
          className="primary"
          onClick={() => setOpen(true)}
          data-testid="register-offer"
        >
          {t('access.offer')}
        </button>
      </div>
    );
  }
  return <RegisterForm niss={niss} from={from} onRegistered={onRegistered} />;
}

/** The person is registered: said, focused (the refusal it replaces had the focus), and the rerun offered. */
export function RegisteredNotice({
  registered,
  onRerun,
}: {
  registered: AccessResult;
  onRerun: () => void;
}) {
  const { t } = useTranslation();
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    notice.current?.scrollIntoView({ block: 'nearest' });
    notice.current?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      ref={notice}
      className="message message-info"
      role="status"
      tabIndex={-1}
      data-testid="register-done"
    >
      <div className="message-body">
        <p className="message-text">{t('access.registered', { count: registered.lines.length })}</p>
        {registered.replacedBy && (
          <p className="message-text">
            {t('access.replaced', { niss: formatNiss(registered.replacedBy) })}
          </p>
        )}
        <div className="actions">
          <button type="button" className="primary" onClick={onRerun} data-testid="register-rerun">
            {t('access.rerun')}
          </button>
        </div>
      </div>
    </div>
  );
}
