// The active environment's list server: protocol, address, folder, user, password (sent once, never shown again);
// in the demo environment, the simulator's server in one click; SFTP's host key confirmed by the user.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListsStatus } from '../../../../shared/contract/lists';
import { asDeskError } from '../../api/desk-error';
import { useDemoListServer, useSaveListServer } from '../../api/lists-queries';
import { ErrorMessage } from '../../components/ErrorMessage';

export function ServerPanel({ status, demo }: { status: ListsStatus; demo: boolean }) {
  const { t } = useTranslation();
  const server = status.server;
  const [protocol, setProtocol] = useState<'ftps' | 'sftp'>(server?.protocol ?? 'ftps');
  const [host, setHost] = useState(server?.host ?? '');
  const [port, setPort] = useState(String(server?.port ?? 990));
  const [directory, setDirectory] = useState(server?.directory ?? '/');
  const [user, setUser] = useState(server?.user ?? '');
  const [password, setPassword] = useState('');
  const save = useSaveListServer();
  const useDemo = useDemoListServer();
  const error = asDeskError(save.error ?? useDemo.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { protocol, host, port: Number(port), directory, user, ...(password ? { password } : {}) },
      { onSuccess: () => setPassword('') },
    );
  };

  return (
    <details className="lists-panel" open={!server} data-testid="lists-server-panel">
      <summary>
        {t('lists.server.title')}
        {server ? ` — ${server.protocol.toUpperCase()} ${server.host}:${server.port}` : ''}
      </summary>
      <p className="intro">{t('lists.server.description')}</p>
      {!server && <p className="muted">{t('lists.server.none')}</p>}
      {server?.demo && <p className="tag tag-warning">{t('lists.server.demo')}</p>}
      {demo && (
        <div className="actions lists-demo-actions">
          <button
            type="button"
            className="secondary"
            onClick={() => useDemo.mutate('ftps')}
            data-testid="lists-demo-ftps"
          >
            {t('lists.server.useDemoFtps')}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => useDemo.mutate('sftp')}
            data-testid="lists-demo-sftp"
          >
            {t('lists.server.useDemoSftp')}
          </button>
        </div>
      )}
      <form className="lists-server-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="lists-protocol">{t('lists.server.protocol')}</label>
          <select
            id="lists-protocol"
            value={protocol}
            onChange={(event) => setProtocol(event.target.value as 'ftps' | 'sftp')}
            data-testid="lists-protocol"
          >
            <option value="ftps">{t('lists.server.ftps')}</option>
            <option value="sftp">{t('lists.server.sftp')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="lists-host">{t('lists.server.host')}</label>
          <input
            id="lists-host"
            value={host}
            onChange={(event) => setHost(event.target.value)}
            required
            data-testid="lists-host"
          />
        </div>
        <div className="field">
          <label htmlFor="lists-port">{t('lists.server.port')}</label>
          <input
            id="lists-port"
            inputMode="numeric"
            value={port}
            onChange={(event) => setPort(event.target.value)}
            required
            data-testid="lists-port"
          />
        </div>
        <div className="field">
          <label htmlFor="lists-directory">{t('lists.server.directory')}</label>
          <input
            id="lists-directory"
            value={directory}
            onChange={(event) => setDirectory(event.target.value)}
            required
            data-testid="lists-directory"
          />
        </div>
        <div className="field">
          <label htmlFor="lists-user">{t('lists.server.user')}</label>
          <input
            id="lists-user"
            value={user}
            autoComplete="off"
            onChange={(event) => setUser(event.target.value)}
            required
            data-testid="lists-user"
          />
        </div>
        <div className="field">
          <label htmlFor="lists-password">{t('lists.server.password')}</label>
          <input
            id="lists-password"
            type="password"
            value={password}
            autoComplete="new-password"
            onChange={(event) => setPassword(event.target.value)}
            aria-describedby={server?.passwordSet ? 'lists-password-set' : undefined}
            data-testid="lists-password"
          />
          {server?.passwordSet && (
            <p id="lists-password-set" className="hint">
              {t('lists.server.passwordSet')}
            </p>
          )}
        </div>
        <div className="actions">
          <button
            type="submit"
            className="primary"
            disabled={save.isPending}
            data-testid="lists-server-save"
          >
            {t('lists.server.save')}
          </button>
        </div>
        {save.isSuccess && (
          <p className="status-line" role="status">
            {t('lists.server.saved')}
          </p>
        )}
      </form>
      {server?.hostKeyFingerprint && (
        <p className="muted mono">
          {t('lists.server.hostKeyPinned', { fingerprint: server.hostKeyFingerprint })}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </details>
  );
}
