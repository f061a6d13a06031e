// The addresses and connection settings of one remote environment: base URL and service paths, HTTP Basic,
// timeouts, trusted CAs. Saved as one patch that main validates whole.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EnvironmentView } from '../../../../shared/contract/settings';
import { asDeskError } from '../../api/desk-error';
import {
  useResetEnvironment,
  useSetBasicPassword,
  useUpdateEnvironment,
} from '../../api/settings-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDay } from '../../../../shared/presentation/format';
import { readPemBundle } from './certificate-file';
import { fieldIssues, issueOf } from './field-issues';
import { SaveRow } from './OrganisationSection';
import { SettingsField } from './SettingsField';

type RemoteView = Extract<EnvironmentView, { simulator: false }>;

const toSeconds = (ms: number) => String(ms / 1000);
const toMs = (seconds: string) => Math.round(Number(seconds.replace(',', '.')) * 1000);

function formOf(view: RemoteView) {
  return {
    baseUrl: view.baseUrl,
    socialInquiry: view.servicePaths.socialInquiry,
    ssdnConnector: view.servicePaths.ssdnConnector,
    basicAuthUser: view.basicAuthUser ?? '',
    connectTimeout: toSeconds(view.connectTimeoutMs),
    responseTimeout: toSeconds(view.responseTimeoutMs),
    trustSystemCas: view.trustSystemCas,
  };
}

export function RemoteEnvironmentForm({ view }: { view: RemoteView }) {
  const { t } = useTranslation();
  const update = useUpdateEnvironment();
  const reset = useResetEnvironment();
  const password = useSetBasicPassword();
  const [form, setForm] = useState(() => formOf(view));
  // undefined: keep the stored bundle; null: remove it; text: the newly chosen file.
  const [caBundle, setCaBundle] = useState<string | null | undefined>(undefined);
  const [caFileIssue, setCaFileIssue] = useState<string | undefined>(undefined);
  const [typedPassword, setTypedPassword] = useState('');
  const issues = fieldIssues(update.error ?? password.error);
  const edit = (patch: Partial<typeof form>) => {
    setForm({ ...form, ...patch });
    update.reset();
  };
  const error = asDeskError(update.error ?? reset.error ?? password.error);
  const environmentName = t(`settings.environmentName.${view.name}`);

  return (
    <div className="settings-subsection" data-testid="env-remote-form">
      <h3>{t('settings.remote.title', { environment: environmentName })}</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate(
            {
              name: view.name,
              patch: {
                baseUrl: form.baseUrl,
                servicePaths: {
                  socialInquiry: form.socialInquiry,
                  ssdnConnector: form.ssdnConnector,
                },
                basicAuthUser: form.basicAuthUser.trim() === '' ? null : form.basicAuthUser,
                connectTimeoutMs: toMs(form.connectTimeout),
                responseTimeoutMs: toMs(form.responseTimeout),
                trustSystemCas: form.trustSystemCas,
                ...(caBundle !== undefined ? { caBundlePem: caBundle } : {}),
              },
            },
            { onSuccess: () => setCaBundle(undefined) },
          );
        }}
      >
        <SettingsField
          label={t('settings.remote.baseUrl')}
          value={form.baseUrl}
          onChange={(baseUrl) => edit({ baseUrl })}
          issue={issues.baseUrl}
          help={t('settings.remote.baseUrlHelp')}
          spellCheck={false}
          testId="env-base-url"
        />
        <SettingsField
          label={t('settings.remote.socialInquiryPath')}
          value={form.socialInquiry}
          onChange={(socialInquiry) => edit({ socialInquiry })}
          issue={issues['servicePaths.socialInquiry'] ?? issues.servicePaths}
          spellCheck={false}
          testId="env-path-social-inquiry"
        />
        <SettingsField
          label={t('settings.remote.ssdnConnectorPath')}
          value={form.ssdnConnector}
          onChange={(ssdnConnector) => edit({ ssdnConnector })}
          issue={issues['servicePaths.ssdnConnector']}
          spellCheck={false}
          testId="env-path-ssdn"
        />
        <div className="settings-urls">
          <span className="muted">{t('settings.remote.serviceUrls')}</span>
          <code data-testid="env-url-social-inquiry">{view.serviceUrls.socialInquiry}</code>
          <code>{view.serviceUrls.ssdnConnector}</code>
        </div>
        <div className="settings-row">
          <SettingsField
            label={t('settings.remote.connectTimeout')}
            value={form.connectTimeout}
            onChange={(connectTimeout) => edit({ connectTimeout })}
            issue={issues.connectTimeoutMs}
            inputMode="decimal"
            testId="env-connect-timeout"
          />
          <SettingsField
            label={t('settings.remote.responseTimeout')}
            value={form.responseTimeout}
            onChange={(responseTimeout) => edit({ responseTimeout })}
            issue={issues.responseTimeoutMs}
            inputMode="decimal"
            testId="env-response-timeout"
          />
        </div>
        <SettingsField
          label={t('settings.remote.basicUser')}
          value={form.basicAuthUser}
          onChange={(basicAuthUser) => edit({ basicAuthUser })}
          issue={issues.basicAuthUser}
          testId="env-basic-user"
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.trustSystemCas}
            onChange={(event) => edit({ trustSystemCas: event.target.checked })}
            data-testid="env-trust-system"
          />
          {t('settings.remote.trustSystemCas')}
        </label>
        <div className="field">
          <span className="label">{t('settings.remote.caBundle')}</span>
          {caBundle === undefined && view.caBundle.length > 0 ? (
            <ul className="ca-list" data-testid="env-ca-list">
              {view.caBundle.map((ca) => (
                <li key={`${ca.subject}-${ca.validTo}`}>
                  {ca.subject}{' '}
                  <span className={ca.expired ? 'tag tag-warning' : 'muted'}>
                    {t(ca.expired ? 'settings.remote.caExpired' : 'settings.remote.caValidTo', {
                      date: formatDay(ca.validTo),
                    })}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            caBundle === undefined && <p className="muted">{t('settings.remote.caBundleNone')}</p>
          )}
          <label className="file-pick">
            {t('settings.remote.caBundleLoad')}
            <input
              type="file"
              accept=".pem,.crt,.cer"
              onChange={async (event) => {
                const file = event.target.files?.[0];
                if (!file) return;
                const text = await readPemBundle(file);
                setCaFileIssue(text === null ? 'ca-bundle-too-large' : undefined);
                if (text !== null) setCaBundle(text);
                update.reset();
              }}
              data-testid="env-ca-file"
            />
          </label>
          {view.caBundle.length > 0 && caBundle === undefined && (
            <button type="button" className="secondary" onClick={() => setCaBundle(null)}>
              {t('settings.remote.caBundleRemove')}
            </button>
          )}
          {(caFileIssue ?? issueOf(issues, 'caBundlePem')) && (
            <p className="feedback feedback-error" data-testid="env-ca-issue">
              {(t as unknown as (key: string) => string)(
                `settings.issue.${caFileIssue ?? issueOf(issues, 'caBundlePem')}`,
              )}
            </p>
          )}
        </div>
        <SaveRow pending={update.isPending} saved={update.isSuccess} testId="env-save" />
      </form>

      <form
        className="settings-row settings-password"
        onSubmit={(event) => {
          event.preventDefault();
          password.mutate(
            { name: view.name, password: typedPassword },
            { onSuccess: () => setTypedPassword('') },
          );
        }}
      >
        <SettingsField
          label={t('settings.remote.basicPassword')}
          value={typedPassword}
          onChange={setTypedPassword}
          type="password"
          issue={issues.basicPassword}
          help={
            view.basicPasswordSet
              ? t('settings.remote.basicPasswordSet')
              : t('settings.remote.basicPasswordNotSet')
          }
          testId="env-basic-password"
        />
        <div className="actions">
          <button
            type="submit"
            className="secondary"
            disabled={typedPassword === '' || password.isPending}
            data-testid="env-basic-password-save"
          >
            {t('settings.remote.setPassword')}
          </button>
          {view.basicPasswordSet && (
            <button
              type="button"
              className="secondary"
              onClick={() => password.mutate({ name: view.name, password: null })}
            >
              {t('settings.remote.clearPassword')}
            </button>
          )}
        </div>
      </form>

      <div className="actions">
        <button
          type="button"
          className="danger-outline"
          disabled={reset.isPending}
          onClick={() =>
            reset.mutate(view.name, {
              onSuccess: (next) => {
                const fresh = next.environments.find((e) => e.name === view.name);
                if (fresh && !fresh.simulator) setForm(formOf(fresh));
                setCaBundle(undefined);
              },
            })
          }
          data-testid="env-reset"
        >
          {t('settings.remote.reset')}
        </button>
      </div>
      {error && <ErrorMessage error={error} testId="env-error" />}
    </div>
  );
}
