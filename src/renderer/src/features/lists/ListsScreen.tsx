// The Lists screen: the list server and its fetch, the import of files or a folder, then the four lists in tabs.
import { useMemo, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIST_KINDS, type ListKind } from '../../../../shared/domain/nova-lists';
import type { DeskError } from '../../../../shared/contract/errors';
import type { ListImportOutcome, ListsStatus } from '../../../../shared/contract/lists';
import { formatTimestamp } from '../../../../shared/presentation/format';
import { formatMegabytes } from '../../../../shared/presentation/lists-format';
import type { Language } from '../../../../shared/domain/preferences';
import { asDeskError } from '../../api/desk-error';
import type { HostKind } from '../../../../shared/contract/contract';
import {
  useChooseListFiles,
  useConfirmListHostKey,
  useFetchLists,
  useImportListFiles,
  useImportListFolder,
  useListsStatus,
} from '../../api/lists-queries';
import { useSavedInquiries } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ListTable } from './ListTable';
import { listFilesOf, mergeOutcomes, sendBatches } from './send-batches';
import { ServerPanel } from './ServerPanel';
import { RejectionsPanel, StatementsPanel } from './SummaryPanels';
import './lists.css';

export function ListsScreen({
  demo,
  host,
  onOpenPerson,
}: {
  demo: boolean;
  host: HostKind;
  onOpenPerson: (niss: string) => void;
}) {
  const { t } = useTranslation();
  const status = useListsStatus();
  const [tab, setTab] = useState<ListKind>('blocking');
  const fetchLists = useFetchLists();
  const confirmKey = useConfirmListHostKey();
  const saved = useSavedInquiries('');
  const savedNiss = useMemo(
    () => new Set((saved.data?.inquiries ?? []).map((s) => s.finalNiss)),
    [saved.data],
  );
  const fetchError = asDeskError(fetchLists.error);
  const unconfirmed =
    fetchError?.details?.failure === 'host-key-unconfirmed'
      ? String(fetchError.details.fingerprint)
      : null;

  return (
    <section className="card wide lists-screen" aria-labelledby="lists-title">
      <h1 id="lists-title">{t('lists.title')}</h1>
      <p className="intro">{t('lists.intro')}</p>
      {status.error && <ErrorMessage error={asDeskError(status.error)!} />}
      {status.data && (
        <>
          <ServerPanel
            // A new server (the demo's, or saved): the form starts again from what is stored.
            key={serverKey(status.data)}
            status={status.data}
            demo={demo}
          />
          <div className="lists-fetch">
            <button
              type="button"
              className="primary"
              disabled={fetchLists.isPending || !status.data.server}
              onClick={() => fetchLists.mutate()}
              data-testid="lists-fetch"
            >
              {fetchLists.isPending ? t('lists.fetch.running') : t('lists.fetch.now')}
            </button>
            <span className="muted" data-testid="lists-last-fetch">
              {status.data.lastFetchAt
                ? t('lists.fetch.last', { at: formatTimestamp(status.data.lastFetchAt) })
                : t('lists.fetch.never')}
            </span>
          </div>
          {status.data.lastAutoFetchError && !fetchLists.isSuccess && (
            <>
              <p className="muted">{t('lists.fetch.autoFailed')}</p>
              <ErrorMessage error={status.data.lastAutoFetchError} />
            </>
          )}
          {fetchError && <ErrorMessage error={fetchError} testId="lists-fetch-error" />}
          {unconfirmed && (
            <div className="notice notice-info" data-testid="lists-host-key">
              <p>{t('lists.server.hostKeyConfirm', { fingerprint: unconfirmed })}</p>
              <button
                type="button"
                className="secondary"
                onClick={() =>
                  confirmKey.mutate(unconfirmed, { onSuccess: () => fetchLists.mutate() })
                }
                data-testid="lists-host-key-confirm"
              >
                {t('lists.server.hostKeyConfirmButton')}
              </button>
            </div>
          )}
          {fetchLists.data && <Outcome outcome={fetchLists.data} testId="lists-fetch-outcome" />}
          <ImportPanel host={host} />
        </>
      )}

      <div className="settings-tabs lists-tabs" role="tablist" aria-label={t('lists.tabs.label')}>
        {LIST_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            role="tab"
            id={`lists-tab-${kind}`}
            aria-selected={tab === kind}
            aria-controls="lists-tabpanel"
            className="chip"
            onClick={() => setTab(kind)}
            data-testid={`lists-tab-${kind}`}
          >
            {t(`lists.tabs.${kind}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="lists-tabpanel" aria-labelledby={`lists-tab-${tab}`} key={tab}>
        {tab === 'statement' && <StatementsPanel />}
        {tab === 'rejection' && <RejectionsPanel />}
        <ListTable kind={tab} savedNiss={savedNiss} onOpenPerson={onOpenPerson} />
      </div>
    </section>
  );
}

function serverKey(status: ListsStatus): string {
  const server = status.server;
  return server
    ? [server.protocol, server.host, server.port, server.directory, server.user].join('|')
    : 'none';
}

function Outcome({ outcome, testId }: { outcome: ListImportOutcome; testId: string }) {
  const { t } = useTranslation();
  const translate = t as unknown as (key: string, values?: object) => string;
  const rows = outcome.imported.reduce((sum, file) => sum + file.rows, 0);
  return (
    <div className="lists-outcome" role="status" data-testid={testId}>
      <p>
        {t('lists.outcome.summary', {
          imported: outcome.imported.length,
          rows,
          already: outcome.already.length,
          refused: outcome.refused.length,
        })}
      </p>
      {outcome.refused.length > 0 && (
        <ul className="lists-refused">
          {outcome.refused.map((refusal) => (
            <li key={refusal.file} data-testid="lists-refused">
              {t('lists.outcome.refused', {
                file: refusal.file,
                line: refusal.line,
                reason: translate(`lists.refusal.${refusal.reason}`, {
                  field: refusal.field ?? '',
                  value: refusal.value ?? '',
                }),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ImportPanel({ host }: { host: HostKind }) {
  const { t, i18n } = useTranslation();
  const [folder, setFolder] = useState('');
  const [tooLarge, setTooLarge] = useState<File[]>([]);
  const importFiles = useImportListFiles();
  const importFolder = useImportListFolder();
  const choose = useChooseListFiles();
  const [sent, setSent] = useState<ListImportOutcome | null>(null);
  const [latest, setLatest] = useState<'sent' | 'folder' | 'dialog' | null>(null);
  const error: DeskError | null = asDeskError(
    latest === 'sent' ? importFiles.error : latest === 'folder' ? importFolder.error : choose.error,
  );
  const outcome =
    latest === 'sent' ? sent : latest === 'folder' ? importFolder.data : (choose.data ?? null);
  const busy = importFiles.isPending || importFolder.isPending || choose.isPending;

  /** The browser host: the page reads the chosen files and sends them, a few per call. */
  const send = async (event: ChangeEvent<HTMLInputElement>, isFolder: boolean) => {
    const chosen = listFilesOf([...(event.target.files ?? [])], isFolder);
    event.target.value = '';
    const { batches, tooLarge: large } = sendBatches(chosen);
    setTooLarge(large);
    setLatest('sent');
    setSent(null);
    const outcomes: ListImportOutcome[] = [];
    for (const batch of batches) {
      const files = await Promise.all(
        batch.map(async (file) => ({
          name: file.name,
          contentBase64: toBase64(new Uint8Array(await file.arrayBuffer())),
        })),
      );
      try {
        outcomes.push(await importFiles.mutateAsync(files));
      } catch {
        break; // The error shows below; what was imported before it is in the outcome.
      }
    }
    setSent(mergeOutcomes(outcomes));
  };

  return (
    <details className="lists-panel" data-testid="lists-import-panel">
      <summary>{t('lists.import.title')}</summary>
      <p className="intro">{t('lists.import.description')}</p>
      {host === 'electron' ? (
        <div className="lists-import-choices">
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => {
              setLatest('dialog');
              choose.mutate('files');
            }}
            data-testid="lists-choose-files"
          >
            {t('lists.import.files')}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => {
              setLatest('dialog');
              choose.mutate('folder');
            }}
            data-testid="lists-choose-folder"
          >
            {t('lists.import.chooseFolder')}
          </button>
        </div>
      ) : (
        <>
          {/* The native inputs, visually hidden, keep the keyboard and the screen reader; their label is the
              visible button, in the UI language (the browser's own "Choose Files" is in its own). */}
          <div className="lists-import-choices">
            <input
              id="lists-import-files"
              className="visually-hidden lists-file-input"
              type="file"
              accept=".xml"
              multiple
              disabled={busy}
              onChange={(event) => void send(event, false)}
              data-testid="lists-import-files"
            />
            <label htmlFor="lists-import-files" className="secondary lists-file-button">
              {t('lists.import.files')}
            </label>
            <input
              id="lists-import-directory"
              className="visually-hidden lists-file-input"
              type="file"
              // Not a React prop: the attribute that makes the browser pick a folder and send its files.
              ref={(input) => input?.setAttribute('webkitdirectory', '')}
              disabled={busy}
              onChange={(event) => void send(event, true)}
              data-testid="lists-import-directory"
            />
            <label htmlFor="lists-import-directory" className="secondary lists-file-button">
              {t('lists.import.chooseFolder')}
            </label>
          </div>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (!folder.trim()) return;
              setLatest('folder');
              setTooLarge([]);
              importFolder.mutate(folder.trim());
            }}
          >
            <div className="lists-folder">
              <div className="field">
                <label htmlFor="lists-import-folder">{t('lists.import.folder')}</label>
                <input
                  id="lists-import-folder"
                  value={folder}
                  aria-describedby="lists-import-folder-hint"
                  onChange={(event) => setFolder(event.target.value)}
                  data-testid="lists-import-folder"
                />
              </div>
              <button
                type="submit"
                className="secondary"
                disabled={busy}
                data-testid="lists-import-folder-submit"
              >
                {t('lists.import.importFolder')}
              </button>
            </div>
            <p className="muted lists-folder-hint" id="lists-import-folder-hint">
              {t('lists.import.folderHint')}
            </p>
          </form>
        </>
      )}
      {tooLarge.length > 0 && (
        <ul className="lists-refused" data-testid="lists-import-too-large">
          {tooLarge.map((file) => (
            <li key={file.name}>
              {t('lists.import.tooLarge', {
                file: file.name,
                size: formatMegabytes(file.size, i18n.language as Language),
              })}
            </li>
          ))}
        </ul>
      )}
      {error && <ErrorMessage error={error} testId="lists-import-error" />}
      {outcome && <Outcome outcome={outcome} testId="lists-import-outcome" />}
    </details>
  );
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}
