// Under an MSG00012 refusal: register the person for the CPAS in place, then rerun the inquiry in one action.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessResult } from '../../../../shared/contract/person-services';
import { formatNiss } from '../../../../shared/presentation/format';
import { RegisterForm } from './RegisterForm';

export function RegistrationOffer({
  niss,
  from,
  onRerun,
}: {
  niss: string;
  from: string;
  onRerun: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [registered, setRegistered] = useState<AccessResult | null>(null);

  if (registered) {
    return (
      <div className="message message-info" role="status" data-testid="register-done">
        <div className="message-body">
          <p className="message-text">
            {t('access.registered', { count: registered.lines.length })}
          </p>
          {registered.replacedBy && (
            <p className="message-text">
              {t('access.replaced', { niss: formatNiss(registered.replacedBy) })}
            </p>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={onRerun}
              data-testid="register-rerun"
            >
              {t('access.rerun')}
            </button>
          </div>
        </div>
      </div>
    );
  }
  if (!open) {
    return (
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() => setOpen(true)}
          data-testid="register-offer"
        >
          {t('access.offer')}
        </button>
      </div>
    );
  }
  return <RegisterForm niss={niss} from={from} onRegistered={setRegistered} />;
}
