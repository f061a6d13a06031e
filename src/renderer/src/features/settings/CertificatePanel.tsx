// One environment's client certificate: what is stored (public facts, days left), import or replace with a
// passphrase, remove. A refused file is said in plain words and changes nothing stored.
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CertificateState,
  CertificateSummary,
  ImportOutcome,
  RemoteEnvironmentName,
} from '../../../../shared/contract/settings';
import { asDeskError } from '../../api/desk-error';
import { useImportCertificate, useRemoveCertificate } from '../../api/settings-queries';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import {
  formatDay,
  formatOrganisationId,
  formatTimestamp,
} from '../../../../shared/presentation/format';
import { readPkcs12 } from './certificate-file';

export function CertificatePanel({
  environment,
  state,
}: {
  environment: RemoteEnvironmentName;
  state: CertificateState;
}) {
  const { t } = useTranslation();
  const id = useId();
  const importCertificate = useImportCertificate();
  const remove = useRemoveCertificate();
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [refusal, setRefusal] = useState<Extract<ImportOutcome, { ok: false }> | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [done, setDone] = useState<'imported' | 'removed' | null>(null);
  const error = asDeskError(importCertificate.error ?? remove.error);
  const environmentName = t(`settings.environmentName.${environment}`);
  const translate = t as unknown as (key: string, values?: object) => string;

  return (
    <div className="settings-subsection" data-testid="certificate-panel">
      <h3>{t('settings.certificate.title', { environment: environmentName })}</h3>
      {state.state === 'none' && (
        <p className="muted" data-testid="certificate-none">
          {t('settings.certificate.none')}
        </p>
      )}
      {state.state === 'unreadable' && (
        <p className="notice notice-warning" role="alert">
          {t('settings.certificate.unreadable')}
        </p>
      )}
      {state.state === 'present' && (
        <CertificateFacts
          certificate={state.certificate}
          importedAt={state.certificate.importedAt}
        />
      )}

      <form
        className="certificate-import"
        onSubmit={async (event) => {
          event.preventDefault();
          setRefusal(null);
          setDone(null);
          if (!file) {
            setRefusal({ ok: false, reason: 'empty-file', certificate: null });
            return;
          }
          const pkcs12Base64 = await readPkcs12(file);
          if (pkcs12Base64 === null) {
            setRefusal({ ok: false, reason: 'not-pkcs12', certificate: null });
            return;
          }
          importCertificate.mutate(
            { environment, pkcs12Base64, passphrase },
            {
              onSuccess: (outcome) => {
                if (!outcome.ok) {
                  setRefusal(outcome);
                  return;
                }
                // Nothing of the file or passphrase is kept in the page once main has them.
                setPassphrase('');
                setFile(null);
                if (fileInput.current) fileInput.current.value = '';
                setDone('imported');
              },
            },
          );
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('settings.certificate.file')}</label>
          <input
            id={`${id}-file`}
            ref={fileInput}
            type="file"
            accept=".p12,.pfx,application/x-pkcs12"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setRefusal(null);
            }}
            data-testid="certificate-file"
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-passphrase`}>{t('settings.certificate.passphrase')}</label>
          <input
            id={`${id}-passphrase`}
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(event) => {
              setPassphrase(event.target.value);
              setRefusal(null);
            }}
            data-testid="certificate-passphrase"
          />
        </div>
        <div className="actions">
          <button
            type="submit"
            className="primary"
            disabled={importCertificate.isPending}
            data-testid="certificate-import"
          >
            {importCertificate.isPending
              ? t('settings.certificate.importing')
              : state.state === 'present'
                ? t('settings.certificate.replace')
                : t('settings.certificate.import')}
          </button>
          {state.state !== 'none' && (
            <button
              type="button"
              className="danger-outline"
              onClick={() => setConfirmingRemove(true)}
              data-testid="certificate-remove"
            >
              {t('settings.certificate.remove')}
            </button>
          )}
        </div>
      </form>

      {refusal && (
        <div className="message message-error" role="alert" data-testid="certificate-refused">
          <div className="message-body">
            <p className="message-text" data-reason={refusal.reason}>
              {translate(`settings.certificate.refused.${refusal.reason}`, {
                date: refusal.certificate
                  ? formatDay(
                      refusal.reason === 'not-yet-valid'
                        ? refusal.certificate.validFrom
                        : refusal.certificate.validTo,
                    )
                  : '',
                cbe: refusal.certificate?.cbe ? formatOrganisationId(refusal.certificate.cbe) : '?',
              })}
            </p>
            {state.state === 'present' && (
              <p className="message-text">{t('settings.certificate.unchanged')}</p>
            )}
          </div>
        </div>
      )}
      {done && (
        <p className="status-line" role="status" data-testid={`certificate-${done}`}>
          {t(
            done === 'imported' ? 'settings.certificate.imported' : 'settings.certificate.removed',
          )}
        </p>
      )}
      {error && <ErrorMessage error={error} testId="certificate-error" />}

      {confirmingRemove && (
        <ConfirmDialog
          title={t('settings.certificate.removeTitle')}
          confirmLabel={t('settings.certificate.remove')}
          busy={remove.isPending}
          onCancel={() => setConfirmingRemove(false)}
          onConfirm={() =>
            remove.mutate(environment, {
              onSuccess: () => setDone('removed'),
              onSettled: () => setConfirmingRemove(false),
            })
          }
        >
          <p>{t('settings.certificate.removeText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function CertificateFacts({
  certificate,
  importedAt,
}: {
  certificate: CertificateSummary;
  importedAt: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {certificate.validity === 'expired' ? (
        <p className="notice notice-warning" role="alert" data-testid="certificate-expired">
          {t('settings.certificate.expired', { date: formatDay(certificate.validTo) })}
        </p>
      ) : certificate.validity === 'not-yet-valid' ? (
        <p className="notice notice-warning" role="alert">
          {t('settings.certificate.notYetValid', { date: formatDay(certificate.validFrom) })}
        </p>
      ) : (
        certificate.expiryWarning && (
          <p className="notice notice-warning" role="alert" data-testid="certificate-expiring">
            {t('settings.certificate.expiringSoon', { days: certificate.daysLeft })}
          </p>
        )
      )}
      <dl className="certificate-facts" data-testid="certificate-facts">
        <dt>{t('settings.certificate.subject')}</dt>
        <dd className="mono" data-testid="certificate-subject">
          {certificate.subject}
        </dd>
        <dt>{t('settings.certificate.issuer')}</dt>
        <dd className="mono">{certificate.issuer}</dd>
        <dt>{t('settings.certificate.serial')}</dt>
        <dd className="mono">{certificate.serialNumber}</dd>
        <dt>{t('settings.certificate.validFrom')}</dt>
        <dd>{formatDay(certificate.validFrom)}</dd>
        <dt>{t('settings.certificate.validTo')}</dt>
        <dd data-testid="certificate-valid-to">{formatDay(certificate.validTo)}</dd>
        <dt>{t('settings.certificate.daysLeft')}</dt>
        <dd data-testid="certificate-days-left">{certificate.daysLeft}</dd>
        {certificate.cbe && (
          <>
            <dt>{t('settings.certificate.cbe')}</dt>
            <dd>
              {formatOrganisationId(certificate.cbe)}
              {certificate.cbeMatchesOrganisation !== null && (
                <span
                  className={certificate.cbeMatchesOrganisation ? 'muted' : 'tag tag-warning'}
                  data-testid="certificate-cbe-check"
                >
                  {' '}
                  {certificate.cbeMatchesOrganisation
                    ? t('settings.certificate.cbeMatches')
                    : t('settings.certificate.cbeDiffers')}
                </span>
              )}
            </dd>
          </>
        )}
        {importedAt && (
          <>
            <dt>{t('settings.certificate.importedAt')}</dt>
            <dd>{formatTimestamp(importedAt)}</dd>
          </>
        )}
      </dl>
    </>
  );
}
