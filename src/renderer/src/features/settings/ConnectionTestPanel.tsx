// Runs the connection test of one environment and says, per service and in words an IT person can act on, what it
// found: the address tested, the proxy it went through, the TLS facts, the BCSS ticket.
import { useTranslation } from 'react-i18next';
import type { EnvironmentName } from '../../../../shared/contract/contract';
import type {
  ConnectionDiagnosis,
  ConnectionTestResult,
  ServiceCheck,
} from '../../../../shared/contract/settings';
import { asDeskError } from '../../api/desk-error';
import { useTestConnection } from '../../api/settings-queries';
import { ErrorMessage, TechnicalDetails } from '../../components/ErrorMessage';
import { formatTimestamp } from '../../../../shared/presentation/format';
import { diagnosisMessage, diagnosisTechnical } from './diagnosis-message';

/** The result's overall code: what stopped it, else the first service's failure, else ok. */
function overall(result: ConnectionTestResult): ConnectionDiagnosis['code'] {
  if (result.stopped) return result.stopped.code;
  return result.services.find((s) => s.diagnosis.code !== 'ok')?.diagnosis.code ?? 'ok';
}

function DiagnosisText({ diagnosis }: { diagnosis: ConnectionDiagnosis }) {
  const { t } = useTranslation();
  const message = diagnosisMessage(diagnosis);
  const translate = t as unknown as (key: string, values?: object) => string;
  return (
    <p className="message-text">
      {translate(`settings.connection.result.${message.key}`, message.values)}
    </p>
  );
}

function ServiceResult({ check }: { check: ServiceCheck }) {
  const { t } = useTranslation();
  const { diagnosis } = check;
  const ok = diagnosis.code === 'ok' ? diagnosis : null;
  // Which CA signed the server, for a success as for an untrusted server (a TLS-inspecting proxy shows here).
  const server =
    diagnosis.code === 'ok' || diagnosis.code === 'server-untrusted' ? diagnosis.server : null;
  return (
    <li
      className={`message ${ok ? 'message-info' : 'message-error'}`}
      data-testid="connection-test-service"
      data-service={check.service}
      data-diagnosis={diagnosis.code}
    >
      <div className="message-body">
        <p className="message-title">{t(`settings.remote.service.${check.service}`)}</p>
        <DiagnosisText diagnosis={diagnosis} />
        <dl className="message-facts">
          <div>
            <dt>{t('settings.connection.url')}</dt>
            <dd className="mono">{check.url}</dd>
          </div>
          <div>
            <dt>{t('settings.connection.proxy')}</dt>
            <dd className={check.proxy ? 'mono' : undefined}>
              {check.proxy ?? t('settings.connection.direct')}
            </dd>
          </div>
          {ok && (
            <>
              <div>
                <dt>{t('settings.connection.handshake')}</dt>
                <dd>
                  {ok.tlsProtocol} · {ok.handshakeMs} ms
                </dd>
              </div>
              <div>
                <dt>{t('settings.connection.cipher')}</dt>
                <dd className="mono">{ok.cipher}</dd>
              </div>
              {ok.server && (
                <div>
                  <dt>{t('settings.connection.server')}</dt>
                  <dd className="mono">{ok.server.subject}</dd>
                </div>
              )}
            </>
          )}
          {server && (
            <>
              <div>
                <dt>{t('settings.connection.signedBy')}</dt>
                <dd data-testid="connection-test-signed-by">{server.signedBy}</dd>
              </div>
              <div>
                <dt>{t('settings.connection.chain')}</dt>
                <dd>{server.chain.join(' → ')}</dd>
              </div>
              <div>
                <dt>{t('settings.connection.fingerprint')}</dt>
                <dd className="mono fingerprint" data-testid="connection-test-fingerprint">
                  {server.fingerprint}
                </dd>
              </div>
            </>
          )}
          {ok?.ticketCBSS && (
            <div>
              <dt>{t('settings.connection.ticket')}</dt>
              <dd className="mono">{ok.ticketCBSS}</dd>
            </div>
          )}
        </dl>
        <TechnicalDetails facts={diagnosisTechnical(diagnosis)} />
      </div>
    </li>
  );
}

export function ConnectionTestPanel({ environment }: { environment: EnvironmentName }) {
  const { t } = useTranslation();
  const test = useTestConnection();
  const result = test.data;
  const error = asDeskError(test.error);
  const code = result ? overall(result) : null;
  const answering = result?.services.filter((s) => s.diagnosis.code === 'ok').length ?? 0;

  return (
    <div className="settings-subsection" data-testid="connection-test">
      <h3>{t('settings.connection.title')}</h3>
      <p className="intro">{t('settings.connection.intro')}</p>
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={test.isPending}
          onClick={() => test.mutate(environment)}
          data-testid="connection-test-run"
        >
          {test.isPending ? t('settings.connection.running') : t('settings.connection.run')}
        </button>
      </div>
      {result && (
        <div
          className="connection-result"
          role={code === 'ok' ? 'status' : 'alert'}
          data-testid="connection-test-result"
          data-diagnosis={code}
        >
          <p className="muted">
            {t('settings.connection.testedAt')} {formatTimestamp(result.testedAt)}
            {result.services.length > 0 &&
              ` · ${t('settings.connection.summary', { ok: answering, total: result.services.length })}`}
          </p>
          {result.stopped ? (
            <div className="message message-error">
              <div className="message-body">
                <DiagnosisText diagnosis={result.stopped} />
                <TechnicalDetails facts={diagnosisTechnical(result.stopped)} />
              </div>
            </div>
          ) : (
            <ul className="connection-services">
              {result.services.map((check) => (
                <ServiceResult key={check.service} check={check} />
              ))}
            </ul>
          )}
        </div>
      )}
      {error && <ErrorMessage error={error} testId="connection-test-error" />}
    </div>
  );
}
