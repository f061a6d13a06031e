// The saved inquiries: search, newest first, open, delete one or all; damaged files and weaker protection said plainly.
import { useEffect, useId, useRef, useState } from 'react';
import { useListFollowUps } from '../../api/lists-queries';
import { FollowUpBadge } from '../lists/FollowUps';
import { useTranslation } from 'react-i18next';
import type { SavedInquiryListing, SavedInquirySummary } from '../../../../shared/contract/vault';
import {
  useDeleteAllSavedInquiries,
  useDeleteSavedInquiry,
  useSavedInquiries,
} from '../../api/queries';
import { asDeskError } from '../../api/desk-error';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { formatTimestamp } from '../../../../shared/presentation/format';
import { RetentionPanel } from './RetentionPanel';
import { SavedNameEditor } from './SavedNameEditor';
import { damagedIds, newestFirst, periodText, summaryNiss, summaryWho } from './saved-format';

/** How long the search box waits for typing to pause before asking main. */
export const SEARCH_DEBOUNCE_MS = 200;

type PendingDelete = { kind: 'one'; summary: SavedInquirySummary } | { kind: 'all' } | null;

export function SavedList({
  search,
  onSearchChange,
  onOpen,
}: {
  search: string;
  onSearchChange: (search: string) => void;
  onOpen: (summary: SavedInquirySummary) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const query = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const listing = useSavedInquiries(query);
  // The whole store, for the count and for "delete all" (which deletes everything, whatever the search).
  const all = useSavedInquiries('');
  const deleteOne = useDeleteSavedInquiry();
  const deleteAll = useDeleteAllSavedInquiries();
  const [pending, setPending] = useState<PendingDelete>(null);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => title.current?.focus(), []);

  const data = listing.data;
  const total = all.data?.total ?? data?.total ?? 0;
  const error = asDeskError(listing.error ?? all.error ?? deleteOne.error ?? deleteAll.error);
  // Nothing below can work without the vault: the one message says why, and nothing is offered.
  const locked = asDeskError(listing.error ?? all.error)?.code === 'VAULT_LOCKED';
  const afterDelete = (text: string) => {
    setPending(null);
    setStatus(text);
    // The row (or the whole list) is gone: the search box is the next sensible place for the keyboard.
    requestAnimationFrame(() => searchBox.current?.focus());
  };

  return (
    <section
      className="card wide saved-screen"
      aria-labelledby={`${id}-title`}
      data-testid="saved-screen"
    >
      <h1 id={`${id}-title`} ref={title} tabIndex={-1}>
        {t('saved.title')}
      </h1>
      <p className="intro">{t('saved.intro')}</p>
      {locked && error && <ErrorMessage error={error} testId="saved-error" />}
      {!locked && (
        <>
          {data && <StoreNotices listing={data} />}

          <div className="field saved-search-field">
            <label htmlFor={`${id}-search`}>{t('saved.search.label')}</label>
            <input
              id={`${id}-search`}
              ref={searchBox}
              type="search"
              className="saved-search"
              autoComplete="off"
              spellCheck={false}
              placeholder={t('saved.search.placeholder')}
              value={search}
              onChange={(event) => {
                onSearchChange(event.target.value);
                setStatus(null);
              }}
              aria-describedby={`${id}-search-help`}
              data-testid="saved-search"
            />
            <p id={`${id}-search-help`} className="feedback feedback-neutral">
              {t('saved.search.help')}
            </p>
          </div>

          <p className="saved-count" role="status" aria-live="polite" data-testid="saved-count">
            {data === undefined
              ? listing.isPending && !error
                ? t('saved.loading')
                : ''
              : query === ''
                ? t('saved.count', { count: data.total })
                : t('saved.matches', { count: data.total, total })}
          </p>

          {error && <ErrorMessage error={error} testId="saved-error" />}

          {data &&
            (data.inquiries.length === 0 ? (
              <p className="saved-empty" data-testid="saved-empty">
                {query === '' ? t('saved.empty') : t('saved.noMatch', { search: query })}
              </p>
            ) : (
              <SavedTable
                listing={data}
                onOpen={onOpen}
                onRenamed={() => setStatus(t('saved.rename.done'))}
                onDelete={(summary) => {
                  deleteOne.reset();
                  setPending({ kind: 'one', summary });
                }}
              />
            ))}

          <div className="saved-actions">
            <button
              type="button"
              className="danger-outline"
              disabled={total === 0 && (all.data?.damaged.length ?? 0) === 0}
              onClick={() => {
                deleteAll.reset();
                setPending({ kind: 'all' });
              }}
              data-testid="saved-delete-all"
            >
              {t('saved.deleteAll')}
            </button>
            {status && (
              <p className="status-line" role="status" data-testid="saved-status">
                {status}
              </p>
            )}
          </div>

          <RetentionPanel />
        </>
      )}

      {pending?.kind === 'one' && (
        <ConfirmDialog
          title={t('saved.confirmDelete.title')}
          confirmLabel={t('saved.confirmDelete.yes')}
          busy={deleteOne.isPending}
          onCancel={() => setPending(null)}
          onConfirm={() =>
            deleteOne.mutate(pending.summary.id, {
              onSuccess: () => afterDelete(t('saved.deleted')),
              onError: () => setPending(null),
            })
          }
        >
          <p>
            {t('saved.confirmDelete.body', {
              who: summaryWho(pending.summary),
              date: formatTimestamp(pending.summary.consultedAt),
            })}
          </p>
        </ConfirmDialog>
      )}
      {pending?.kind === 'all' && (
        <ConfirmDialog
          title={t('saved.confirmDeleteAll.title')}
          confirmLabel={t('saved.confirmDeleteAll.yes')}
          busy={deleteAll.isPending}
          onCancel={() => setPending(null)}
          onConfirm={() =>
            deleteAll.mutate(undefined, {
              onSuccess: (count) => afterDelete(t('saved.deletedAll', { count })),
              onError: () => setPending(null),
            })
          }
        >
          <p>{t('saved.confirmDeleteAll.body', { count: total })}</p>
          {(all.data?.damaged.length ?? 0) > 0 && (
            <p>{t('saved.confirmDeleteAll.damaged', { count: all.data?.damaged.length ?? 0 })}</p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}

/** What the investigator must know about the store itself: weaker protection, unreadable files, a rebuilt index. */
function StoreNotices({ listing }: { listing: SavedInquiryListing }) {
  const { t } = useTranslation();
  return (
    <>
      {listing.protection.kind === 'key-file' && (
        <p className="notice notice-info" role="note" data-testid="protection-notice">
          {t('saved.keyFile')}
        </p>
      )}
      {listing.damaged.length > 0 && (
        <div
          className="notice notice-warning saved-damaged"
          role="alert"
          data-testid="saved-damaged"
        >
          <strong>{t('saved.damaged.title', { count: listing.damaged.length })}</strong>
          <p>{t('saved.damaged.body')}</p>
          <ul>
            {listing.damaged.map((file) => (
              <li key={file.file} className="mono">
                {file.file}
              </li>
            ))}
          </ul>
        </div>
      )}
      {listing.indexRepaired && (
        <p className="notice notice-info" role="note" data-testid="saved-index-repaired">
          {t('saved.indexRepaired')}
        </p>
      )}
    </>
  );
}

function SavedTable({
  listing,
  onOpen,
  onDelete,
  onRenamed,
}: {
  listing: SavedInquiryListing;
  onOpen: (summary: SavedInquirySummary) => void;
  onDelete: (summary: SavedInquirySummary) => void;
  onRenamed: () => void;
}) {
  const { t } = useTranslation();
  const damaged = damagedIds(listing.damaged);
  // The Nova+ list events of the persons listed: a badge beside the NISS.
  const followUps = useListFollowUps();
  const followUpOf = (niss: string) => followUps.data?.find((f) => f.niss === niss);
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <table className="saved-table" data-testid="saved-table">
      <caption className="visually-hidden">{t('saved.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('saved.column.person')}</th>
          <th scope="col">{t('saved.column.niss')}</th>
          <th scope="col">{t('saved.column.period')}</th>
          <th scope="col">{t('saved.column.consultedAt')}</th>
          <th scope="col">{t('saved.column.environment')}</th>
          <th scope="col" className="col-actions">
            <span className="visually-hidden">{t('saved.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {newestFirst(listing.inquiries).map((summary) => {
          const niss = summaryNiss(summary);
          const who = summaryWho(summary);
          const isDamaged = damaged.has(summary.id);
          return (
            <tr
              key={summary.id}
              className={isDamaged ? 'is-damaged' : undefined}
              data-testid="saved-row"
              data-id={summary.id}
            >
              <th scope="row" className="col-person">
                {editing === summary.id ? (
                  <SavedNameEditor
                    summary={summary}
                    who={who}
                    onDone={(saved) => {
                      setEditing(null);
                      if (saved) onRenamed();
                    }}
                  />
                ) : (
                  (summary.personName ?? <span className="muted">{t('saved.noName')}</span>)
                )}
                {!summary.dataFound && <span className="tag">{t('saved.noData')}</span>}
                {isDamaged && <span className="tag tag-warning">{t('saved.damagedRow')}</span>}
              </th>
              <td className="col-niss">
                <span className="mono" data-testid="saved-niss">
                  {niss.final}
                </span>
                {followUpOf(summary.finalNiss) && (
                  <FollowUpBadge followUp={followUpOf(summary.finalNiss)!} />
                )}
                {niss.requested && (
                  <span className="saved-requested" data-testid="saved-requested-niss">
                    {t('saved.requested', { niss: niss.requested })}
                  </span>
                )}
              </td>
              <td className="col-period">{periodText(summary.period)}</td>
              <td className="col-consulted">{formatTimestamp(summary.consultedAt)}</td>
              <td>
                <span className={`env-tag env-${summary.environment}`}>
                  {summary.environment.toUpperCase()}
                </span>
              </td>
              <td className="col-actions">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setEditing(summary.id)}
                  aria-label={t('saved.rename.label', { who })}
                  aria-expanded={editing === summary.id}
                  data-testid="saved-rename"
                >
                  {t('saved.rename.button')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onOpen(summary)}
                  aria-label={t('saved.openLabel', { who })}
                  data-testid="saved-open"
                >
                  {t('saved.open')}
                </button>
                <button
                  type="button"
                  className="danger-outline"
                  onClick={() => onDelete(summary)}
                  aria-label={t('saved.deleteLabel', { who })}
                  data-testid="saved-delete"
                >
                  {t('saved.delete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
