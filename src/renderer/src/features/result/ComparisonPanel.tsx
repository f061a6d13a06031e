// "Compare with the inquiry of dd/mm/yyyy": offered when the vault holds an earlier inquiry of the same person
// (same final NISS); lists what changed since (periods added, ended, changed, gone; findings appeared or
// disappeared), each change shown on the swimlanes by a link. Works offline: both inquiries come from the vault.
import { useEffect, useId, useMemo, useState } from 'react';
import type { DataSet } from 'vis-data/peer';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import {
  changeLines,
  findingChangeLines,
  type InquiryComparison,
} from '../../../../shared/comparison';
import type { DeskError } from '../../../../shared/contract/errors';
import type { SavedInquirySummary } from '../../../../shared/contract/vault';
import { earlierInquiries } from './earlier-inquiries';
import type { Inquiry } from '../../../../shared/domain/inquiry';
import { isoToDisplayDate } from '../../../../shared/domain/period';
import type { Language } from '../../../../shared/domain/preferences';
import { formatDay, formatTimestamp } from '../../../../shared/presentation/format';
import { useSavedInquiries } from '../../api/queries';
import { ErrorMessage } from '../../components/ErrorMessage';
import { withChangeClass, type ChangeClass } from './comparison-marks';
import type { TimelineItemRow } from './timeline-model';

/** Puts the changes' classes on the timeline's items while the comparison shows, and takes them off after. */
export function useChangeMarks(
  items: DataSet<TimelineItemRow>,
  marks: ReadonlyMap<string, ChangeClass>,
): void {
  useEffect(() => {
    const ids = [...marks.keys()].filter((id) => items.get(id));
    if (ids.length === 0) return;
    const classed = (mark: (id: string) => ChangeClass | undefined) =>
      ids.flatMap((id) => {
        const row = items.get(id);
        return row ? [{ id, className: withChangeClass(row.className, mark(id)) }] : [];
      });
    items.update(classed((id) => marks.get(id)));
    return () => {
      items.update(classed(() => undefined));
    };
  }, [items, marks]);
}

function optionText(summary: SavedInquirySummary): string {
  const { from, to } = summary.period;
  return `${formatTimestamp(summary.consultedAt)} · ${isoToDisplayDate(from)} – ${isoToDisplayDate(to)}`;
}

export function ComparisonPanel({
  inquiry,
  compareWith,
  comparison,
  loading,
  error,
  language,
  onCompare,
  onSelect,
}: {
  inquiry: Inquiry;
  /** The earlier inquiry compared, its id; null when none. */
  compareWith: string | null;
  comparison: InquiryComparison | null;
  loading: boolean;
  error: DeskError | null;
  language: Language;
  onCompare: (id: string | null) => void;
  /** Selects an item on the swimlanes. */
  onSelect: (itemIds: string[]) => void;
}) {
  const { t } = useTranslation();
  const fieldId = useId();
  const listing = useSavedInquiries(inquiry.finalNiss);
  const earlier = useMemo(
    () => earlierInquiries(inquiry, listing.data?.inquiries ?? []),
    [inquiry, listing.data],
  );
  const [chosen, setChosen] = useState<string>('');
  const picked = earlier.find((s) => s.id === chosen) ?? earlier[0];
  const tf = t as unknown as TFunction;
  const items = useMemo(
    () => (comparison ? changeLines(comparison, language, tf) : []),
    [comparison, language, tf],
  );
  const findings = useMemo(
    () => (comparison ? findingChangeLines(comparison, language, tf) : []),
    [comparison, language, tf],
  );
  if (earlier.length === 0 && !compareWith) return null;
  const comparedSummary = earlier.find((s) => s.id === compareWith);
  const comparedDay = comparison
    ? formatDay(comparison.earlier.consultedAt)
    : comparedSummary
      ? formatDay(comparedSummary.consultedAt)
      : '';

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (picked) onCompare(picked.id);
  }

  return (
    <section
      className="comparison"
      {...(comparison
        ? { 'aria-labelledby': `${fieldId}-title` }
        : { 'aria-label': t('answers.comparison.offer') })}
      data-testid="comparison"
    >
      <form className="comparison-form" onSubmit={submit}>
        <label htmlFor={fieldId}>{t('answers.comparison.offer')}</label>
        <select
          id={fieldId}
          value={picked?.id ?? ''}
          onChange={(event) => setChosen(event.target.value)}
          data-testid="comparison-choice"
        >
          {earlier.map((summary) => (
            <option key={summary.id} value={summary.id}>
              {optionText(summary)}
            </option>
          ))}
        </select>
        <button type="submit" className="secondary" data-testid="comparison-run">
          {t('answers.comparison.compare')}
        </button>
        {compareWith && (
          <button
            type="button"
            className="link-button"
            onClick={() => onCompare(null)}
            data-testid="comparison-stop"
          >
            {t('answers.comparison.stop')}
          </button>
        )}
      </form>
      {loading && (
        <p role="status" className="hint">
          {t('answers.comparison.loading', { date: comparedDay })}
        </p>
      )}
      {error && <ErrorMessage error={error} testId="comparison-error" />}
      {comparison && (
        <div className="comparison-result" data-testid="comparison-result">
          <h2 id={`${fieldId}-title`} data-testid="comparison-title">
            {t('answers.comparison.title', { date: comparedDay })}
          </h2>
          {items.length === 0 && findings.length === 0 ? (
            <p data-testid="comparison-none">{t('answers.comparison.none')}</p>
          ) : (
            <>
              <p className="hint">
                {t('answers.comparison.marked')} {t('answers.comparison.inReport')}
              </p>
              {items.length > 0 && (
                <>
                  <h3>{t('answers.comparison.items', { count: items.length })}</h3>
                  <ul className="comparison-list">
                    {items.map((line, index) => (
                      <li
                        key={`${line.kind}-${index}`}
                        className={`change change-${line.kind}`}
                        data-testid="change"
                        data-kind={line.kind}
                      >
                        <span className="change-kind">{line.kindText}</span>
                        <span className="change-what">
                          <span className="change-lane">{line.lane}</span> · {line.what}
                        </span>
                        <span className="change-detail">{line.change}</span>
                        {line.itemId ? (
                          <button
                            type="button"
                            className="link-button"
                            aria-label={t('answers.comparison.selectLabel', {
                              what: `${line.lane} · ${line.what}`,
                              interpolation: { escapeValue: false },
                            })}
                            onClick={() => onSelect([line.itemId!])}
                            data-testid="change-select"
                          >
                            {t('answers.comparison.select')}
                          </button>
                        ) : (
                          <span />
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {findings.length > 0 && (
                <>
                  <h3>{t('answers.comparison.findings', { count: findings.length })}</h3>
                  <ul className="comparison-list">
                    {findings.map((line, index) => (
                      <li
                        key={`${line.kind}-${index}`}
                        className={`change finding-change-${line.kind}`}
                        data-testid="finding-change"
                        data-kind={line.kind}
                      >
                        <span className="change-kind">{line.kindText}</span>
                        <span className="change-what">{line.text}</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
