// Runs the connection test of one environment and says, in words an IT person can act on, what it found.
import { useTranslation } from 'react-i18next';
import type { EnvironmentName } from '../../../../shared/contract/contract';
import { asDeskError } from '../../api/desk-error';
import { useTestConnection } from '../../api/settings-queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatTimestamp } from '../../../../shared/presentation/format';
import { diagnosisMessage } from './diagnosis-message';

export function ConnectionTestPanel({ environment }: { environment: EnvironmentName }) {
  const { t } = useTranslation();
  const test = useTestConnection();
  const result = test.data;
  const message = result ? diagnosisMessage(result.diagnosis) : null;
  const translate = t as unknown as (key: string, values?: object) => string;
  const error = asDeskError(test.error);
  const ok = result?.diagnosis.code === 'ok' ? result.diagnosis : null;

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
      {result && message && (
        <div
          className={`message ${message.success ? 'message-info' : 'message-error'}`}
          role={message.success ? 'status' : 'alert'}
          data-testid="connection-test-result"
          data-diagnosis={result.diagnosis.code}
        >
          <div className="message-body">
            <p className="message-text">
              {translate(`settings.connection.result.${message.key}`, message.values)}
            </p>
            <dl className="message-facts">
              <div>
                <dt>{t('settings.connection.url')}</dt>
                <dd className="mono">{result.url}</dd>
              </div>
              <div>
                <dt>{t('settings.connection.testedAt')}</dt>
                <dd>{formatTimestamp(result.testedAt)}</dd>
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
              {'ticketCBSS' in result.diagnosis && result.diagnosis.ticketCBSS && (
                <div>
                  <dt>{t('settings.connection.ticket')}</dt>
                  <dd className="mono">{result.diagnosis.ticketCBSS}</dd>
                </div>
              )}
            </dl>
          </div>
          <span className="message-code">{result.diagnosis.code}</span>
        </div>
      )}
      {error && <ErrorMessage error={error} testId="connection-test-error" />}
    </div>
  );
}
