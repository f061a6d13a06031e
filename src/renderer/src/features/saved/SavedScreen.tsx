// Saved inquiries: the list, or one of them opened offline (the same result screen, under a banner).
import { useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { SavedInquirySummary } from '../../../../shared/contract/vault';
import { queryKeys, useSavedInquiry } from '../../api/queries';
import { asDeskError } from '../../api/desk-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { rerunInput, type InquiryInput } from '../start/inquiry-input';
import { timestampParts } from './saved-format';
import { SavedList } from './SavedList';
import { ResultScreen } from '../result/ResultScreen';
import { formatNiss } from '../../../../shared/presentation/format';

/** What the saved-inquiries screen shows, kept while the investigator visits the other screens. */
export interface SavedView {
  search: string;
  opened: SavedInquirySummary | null;
}

export const INITIAL_SAVED_VIEW: SavedView = { search: '', opened: null };

export function SavedScreen({
  view,
  onViewChange,
  onRerun,
  rerunBlocked,
  onNewInquiry,
}: {
  view: SavedView;
  onViewChange: (view: SavedView) => void;
  /** Runs the inquiry again, live: the inquiry screen takes over (progress, then a fresh result). */
  onRerun: (input: InquiryInput) => void;
  /** Another inquiry is running: one at a time. */
  rerunBlocked: boolean;
  onNewInquiry: () => void;
}) {
  const client = useQueryClient();
  if (view.opened) {
    return (
      <OfflineInquiry
        summary={view.opened}
        onBack={() => {
          onViewChange({ ...view, opened: null });
          // It may have been purged or found damaged meanwhile.
          void client.invalidateQueries({ queryKey: queryKeys.savedInquiries });
        }}
        onRerun={onRerun}
        rerunBlocked={rerunBlocked}
        onNewInquiry={onNewInquiry}
      />
    );
  }
  return (
    <SavedList
      search={view.search}
      onSearchChange={(search) => onViewChange({ ...view, search })}
      onOpen={(opened) => onViewChange({ ...view, opened })}
    />
  );
}

function OfflineInquiry({
  summary,
  onBack,
  onRerun,
  rerunBlocked,
  onNewInquiry,
}: {
  summary: SavedInquirySummary;
  onBack: () => void;
  onRerun: (input: InquiryInput) => void;
  rerunBlocked: boolean;
  onNewInquiry: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const saved = useSavedInquiry(summary.id);
  const error = asDeskError(saved.error);
  const inquiry = saved.data;
  const consulted = timestampParts(inquiry?.consultedAt ?? summary.consultedAt);

  const back = (
    <button type="button" className="secondary" onClick={onBack} data-testid="offline-back">
      ← {t('offline.back')}
    </button>
  );

  if (!inquiry) {
    return (
      <section className="card offline-pending" aria-busy={saved.isPending}>
        {error ? (
          <ErrorMessage error={error} testId="offline-error" />
        ) : (
          <p className="offline-opening" role="status">
            <span className="spinner" aria-hidden="true" /> {t('saved.opening')}
          </p>
        )}
        <div className="actions">{back}</div>
      </section>
    );
  }

  return (
    <div className="offline-view">
      <div
        className="offline-banner"
        role="region"
        aria-label={t('offline.label')}
        data-testid="offline-banner"
      >
        <div id={`${id}-text`} className="offline-text">
          <strong>
            {consulted
              ? t('offline.consulted', { date: consulted.date, time: consulted.time })
              : t('offline.label')}
          </strong>
          <span>{t('offline.stale')}</span>
          {rerunBlocked && <span className="offline-busy">{t('offline.rerunBusy')}</span>}
        </div>
        <div className="offline-actions">
          {back}
          <button
            type="button"
            className="primary"
            disabled={rerunBlocked}
            onClick={() => onRerun(rerunInput(inquiry.request, summary.personName))}
            data-testid="offline-rerun"
          >
            ↻ {t('offline.rerun')}
          </button>
        </div>
      </div>
      <ResultScreen
        key={inquiry.id}
        inquiry={inquiry}
        onNewInquiry={onNewInquiry}
        describedBy={`${id}-text`}
        onInquirePerson={(niss) =>
          onRerun({ ...rerunInput(inquiry.request, null), niss: formatNiss(niss) })
        }
      />
    </div>
  );
}
