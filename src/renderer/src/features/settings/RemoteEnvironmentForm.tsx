// The addresses and connection settings of one remote environment: base URL and each service's address, the
// proxy, HTTP Basic, timeouts, trusted CAs. Saved as one patch that main validates whole; the passwords apart.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  BCSS_SERVICES,
  DEFAULT_SERVICE_PATHS,
  PROXY_MODES,
  TIME_LIMITS_SECONDS,
  type BcssServiceId,
  type EnvironmentView,
  type ProxyMode,
} from '../../../../shared/contract/settings';
import { asDeskError } from '../../api/desk-error';
import {
  useResetEnvironment,
  useSetBasicPassword,
  useSetProxyPassword,
  useUpdateEnvironment,
} from '../../api/settings-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDay } from '../../../../shared/presentation/format';
import { readPemBundle } from './certificate-file';
import { fieldIssues, issueOf } from './field-issues';
import { SaveRow } from './OrganisationSection';
import { PasswordForm } from './PasswordForm';
import { SettingsField } from './SettingsField';

type RemoteView = Extract<EnvironmentView, { simulator: false }>;

const toSeconds = (ms: number) => String(ms / 1000);
const toMs = (seconds: string) => Math.round(Number(seconds.replace(',', '.')) * 1000);

/** The services' names in test ids (and in the page objects). */
export const SERVICE_TEST_IDS: Readonly<Record<BcssServiceId, string>> = {
  socialInquiry: 'social-inquiry',
  ssdnConnector: 'ssdn',
  registerExtract: 'register-extract',
  foreignerSituation: 'foreigner-situation',
};

function formOf(view: RemoteView) {
  return {
    baseUrl: view.baseUrl,
    addresses: Object.fromEntries(
      BCSS_SERVICES.map((id) => [id, view.serviceAddresses[id] ?? '']),
    ) as Record<BcssServiceId, string>,
    proxyMode: view.proxy.mode,
    proxyUrl: view.proxy.url ?? '',
    proxyUser: view.proxy.user ?? '',
    basicAuthUser: view.basicAuthUser ?? '',
    connectTimeout: toSeconds(view.connectTimeoutMs),
    responseTimeout: toSeconds(view.responseTimeoutMs),
    trustSystemCas: view.trustSystemCas,
    serverFingerprint: view.serverFingerprint ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text);

export function RemoteEnvironmentForm({ view }: { view: RemoteView }) {
  const { t } = useTranslation();
  const update = useUpdateEnvironment();
  const reset = useResetEnvironment();
  const password = useSetBasicPassword();
  const proxyPassword = useSetProxyPassword();
  const id = useId();
  const [form, setForm] = useState(() => formOf(view));
  // undefined: keep the stored bundle; null: remove it; text: the newly chosen file.
  const [caBundle, setCaBundle] = useState<string | null | undefined>(undefined);
  const [caFileIssue, setCaFileIssue] = useState<string | undefined>(undefined);
  const issues = fieldIssues(update.error ?? password.error ?? proxyPassword.error);
  const edit = (patch: Partial<typeof form>) => {
    setForm({ ...form, ...patch });
    update.reset();
  };
  const error = asDeskError(update.error ?? reset.error ?? password.error ?? proxyPassword.error);
  const environmentProxies = [...new Set(Object.values(view.environmentProxies))].filter(
    (proxy): proxy is string => proxy !== null,
  );
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
                serviceAddresses: Object.fromEntries(
                  BCSS_SERVICES.map((service) => [service, orNull(form.addresses[service])]),
                ),
                proxy: {
                  mode: form.proxyMode,
                  url: orNull(form.proxyUrl),
                  user: orNull(form.proxyUser),
                },
                basicAuthUser: form.basicAuthUser.trim() === '' ? null : form.basicAuthUser,
                connectTimeoutMs: toMs(form.connectTimeout),
                responseTimeoutMs: toMs(form.responseTimeout),
                trustSystemCas: form.trustSystemCas,
                serverFingerprint: orNull(form.serverFingerprint),
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
        <fieldset className="settings-services">
          <legend>{t('settings.remote.services')}</legend>
          <p className="muted">{t('settings.remote.servicesHelp')}</p>
          {BCSS_SERVICES.map((service) => (
            <SettingsField
              key={service}
              label={t(`settings.remote.service.${service}`)}
              value={form.addresses[service]}
              onChange={(address) => edit({ addresses: { ...form.addresses, [service]: address } })}
              issue={issues[`serviceAddresses.${service}`]}
              help={t('settings.remote.serviceEmpty', {
                url: form.baseUrl.replace(/\/+$/, '') + DEFAULT_SERVICE_PATHS[service],
              })}
              placeholder={DEFAULT_SERVICE_PATHS[service]}
              spellCheck={false}
              testId={`env-address-${SERVICE_TEST_IDS[service]}`}
            />
          ))}
          <div className="settings-urls">
            <span className="muted">{t('settings.remote.serviceUrls')}</span>
            {BCSS_SERVICES.map((service) => (
              <code key={service} data-testid={`env-url-${SERVICE_TEST_IDS[service]}`}>
                {view.serviceUrls[service]}
              </code>
            ))}
          </div>
        </fieldset>
        <fieldset className="settings-proxy" data-testid="env-proxy">
          <legend>{t('settings.proxy.title', { environment: environmentName })}</legend>
          <p className="muted">{t('settings.proxy.intro')}</p>
          {PROXY_MODES.map((mode: ProxyMode) => (
            <label key={mode} className="checkbox">
              <input
                type="radio"
                name={`${id}-proxy`}
                checked={form.proxyMode === mode}
                onChange={() => edit({ proxyMode: mode })}
                data-testid={`env-proxy-mode-${mode}`}
              />
              {t(`settings.proxy.mode.${mode}`)}
            </label>
          ))}
          {form.proxyMode === 'env' && (
            <p className="muted" data-testid="env-proxy-environment">
              {environmentProxies.length === 0
                ? t('settings.proxy.envDirect')
                : t('settings.proxy.envUses', { proxies: environmentProxies.join(', ') })}
            </p>
          )}
          {form.proxyMode === 'explicit' && (
            <div className="settings-row">
              <SettingsField
                label={t('settings.proxy.url')}
                value={form.proxyUrl}
                onChange={(proxyUrl) => edit({ proxyUrl })}
                issue={issues['proxy.url']}
                help={t('settings.proxy.urlHelp')}
                spellCheck={false}
                testId="env-proxy-url"
              />
              <SettingsField
                label={t('settings.proxy.user')}
                value={form.proxyUser}
                onChange={(proxyUser) => edit({ proxyUser })}
                issue={issues['proxy.user']}
                testId="env-proxy-user"
              />
            </div>
          )}
        </fieldset>
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
        <p className="muted" data-testid="env-timeout-help">
          {t('settings.remote.timeoutHelp', TIME_LIMITS_SECONDS)}
        </p>
        <SettingsField
          label={t('settings.remote.basicUser')}
          value={form.basicAuthUser}
          onChange={(basicAuthUser) => edit({ basicAuthUser })}
          issue={issues.basicAuthUser}
          testId="env-basic-user"
        />
        <p className="muted">{t('settings.remote.pinHelp')}</p>
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
        <SettingsField
          label={t('settings.remote.fingerprint')}
          value={form.serverFingerprint}
          onChange={(serverFingerprint) => edit({ serverFingerprint })}
          issue={issues.serverFingerprint}
          help={t('settings.remote.fingerprintHelp')}
          spellCheck={false}
          className="mono"
          testId="env-server-fingerprint"
        />
        <SaveRow pending={update.isPending} saved={update.isSuccess} testId="env-save" />
      </form>

      {view.proxy.mode === 'explicit' && view.proxy.user && (
        <PasswordForm
          label={t('settings.proxy.password')}
          isSet={view.proxyPasswordSet}
          setText={t('settings.proxy.passwordSet')}
          notSetText={t('settings.proxy.passwordNotSet')}
          issue={issues.proxyPassword}
          pending={proxyPassword.isPending}
          onSave={(typed, done) =>
            proxyPassword.mutate({ name: view.name, password: typed }, { onSuccess: done })
          }
          testId="env-proxy-password"
        />
      )}
      <PasswordForm
        label={t('settings.remote.basicPassword')}
        isSet={view.basicPasswordSet}
        setText={t('settings.remote.basicPasswordSet')}
        notSetText={t('settings.remote.basicPasswordNotSet')}
        issue={issues.basicPassword}
        pending={password.isPending}
        onSave={(typed, done) =>
          password.mutate({ name: view.name, password: typed }, { onSuccess: done })
        }
        testId="env-basic-password"
      />

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
