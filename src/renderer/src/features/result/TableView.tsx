// The accessible view of the swimlanes: one table per lane, rows in pages so 2,000 periods stay responsive.
import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryItem, LaneId } from '../../../../shared/domain/inquiry';
import type { Language } from '../../../../shared/domain/preferences';
import { formatInquiryDate } from '../../../../shared/presentation/format';
import type { LaneView } from '../../../../shared/presentation/lanes';
import { itemClasses, itemMarkers } from '../../../../shared/presentation/markers';
import { MarkerBadges } from './MarkerBadges';
import { tableRows } from '../../../../shared/presentation/table-rows';
import { missingReason } from '../../../../shared/presentation/missing-sections';
import { cpasShortName, deriveAidPeriods, itemCpas } from '../../../../shared/domain/aid-periods';
import { formInForceOn } from '../../../../shared/presentation/forms-lane';
import { displayDateToIso, isoToDisplayDate } from '../../../../shared/domain/period';
import { inForceOn } from '../../../../shared/presentation/situation';
import { PAGE_SIZE, rowsToShow } from './table-paging';
import type { TimelineLaneId } from './timeline-model';

export function TableView({
  lanes,
  hidden,
  language,
  selected,
  highlighted = [],
  onOpen,
  retrying,
  onRetry,
}: {
  /** Items a finding's link selected. */
  highlighted?: readonly string[];
  lanes: LaneView[];
  /** Lanes turned off (the events lane among them, which the table lists apart). */
  hidden: ReadonlySet<TimelineLaneId>;
  language: Language;
  /** The item open in the detail panel, highlighted in its lane. */
  selected: Pick<InquiryItem, 'id' | 'lane'> | null;
  onOpen: (itemId: string) => void;
  /** The lane whose missing section is being asked again, if any. */
  retrying: LaneId | null;
  /** Asks again for a lane's missing section (a stable callback: the lanes are memoised). */
  onRetry: (lane: LaneId) => void;
}) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [dateText, setDateText] = useState('');
  const iso = displayDateToIso(dateText);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const on = valid ? iso : null;
  // A finding's link: the page scrolls to the first row it selected (each lane renders it first).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (highlighted.length === 0) return;
    root.current?.querySelector('tr.is-highlighted')?.scrollIntoView({ block: 'center' });
  }, [highlighted]);
  return (
    <div className="table-view" ref={root}>
      <div className="table-filter">
        <label htmlFor={fieldId}>{t('answers.table.dateFilter')}</label>
        <input
          id={fieldId}
          type="text"
          inputMode="numeric"
          placeholder={t('answers.table.dateFilterHint')}
          value={dateText}
          onChange={(event) => setDateText(event.target.value)}
          aria-invalid={dateText.trim() !== '' && !valid}
          data-testid="table-date-filter"
        />
        {dateText.trim() !== '' && !valid && (
          <span className="hint" role="status">
            {t('answers.table.dateFilterInvalid')}
          </span>
        )}
      </div>
      {lanes
        .filter((lane) => !hidden.has(lane.id))
        .map((lane) => (
          <LaneTable
            key={lane.id}
            lane={lane}
            on={on}
            language={language}
            // Only the lane holding the selection re-renders when it changes.
            selectedId={selected?.lane === lane.id ? selected.id : null}
            highlighted={highlighted}
            onOpen={onOpen}
            retry={
              lane.missing ? { busy: retrying !== null, mine: retrying === lane.id, onRetry } : null
            }
          />
        ))}
    </div>
  );
}

const LaneTable = memo(function LaneTable({
  lane,
  on,
  language,
  selectedId,
  highlighted,
  onOpen,
  retry,
}: {
  highlighted: readonly string[];
  lane: LaneView;
  /** Only the rows in force on this ISO day; null: all. */
  on: string | null;
  language: Language;
  selectedId: string | null;
  onOpen: (itemId: string) => void;
  /** For a lane whose section did not arrive: whether a retry runs (this lane's or another's). */
  retry: { busy: boolean; mine: boolean; onRetry: (lane: LaneId) => void } | null;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE_SIZE);
  const all = useMemo(() => tableRows(lane), [lane]);
  // The forms as the lane reads them: a decision over its aid, a stop on its day (shared/presentation/forms-lane).
  const inForce = useMemo(
    () => (lane.id === 'forms' ? formInForceOn(deriveAidPeriods(lane.items)) : inForceOn),
    [lane],
  );
  const rows = useMemo(
    () => (on ? all.filter((item) => inForce(item, on)) : all),
    [all, on, inForce],
  );
  // The rows a finding's link selected are rendered, pages added as needed (adjusted while rendering).
  const [pagedFor, setPagedFor] = useState(highlighted);
  if (pagedFor !== highlighted) {
    setPagedFor(highlighted);
    setShown(rowsToShow(rows, highlighted, shown));
  }
  const withSubLane = lane.subLanes.length > 0;
  const columns = withSubLane ? 7 : 6;
  const visible = rows.slice(0, shown);
  return (
    <section className={`lane-section lane-${lane.id}`} data-testid={`lane-${lane.id}`}>
      <table className="lane-table" data-testid={`table-lane-${lane.id}`}>
        <caption>
          <span className="lane-swatch" aria-hidden="true" />
          {t(`result.lane.${lane.id}`)}
          <span className="lane-count">
            {lane.missing
              ? t('result.missing.count')
              : on
                ? t('answers.table.filtered', {
                    shown: rows.length,
                    date: isoToDisplayDate(on),
                    total: all.length,
                  })
                : t('result.lanes.count', { count: rows.length })}
          </span>
        </caption>
        {rows.length > 0 && (
          <thead>
            <tr>
              {withSubLane && (
                <th scope="col" className="col-sublane">
                  {t('result.table.subLane')}
                </th>
              )}
              <th scope="col" className="col-date">
                {t('result.table.begin')}
              </th>
              <th scope="col" className="col-date">
                {t('result.table.end')}
              </th>
              <th scope="col">{t('result.table.label')}</th>
              <th scope="col" className="col-cpas">
                {t('answers.table.cpas')}
              </th>
              <th scope="col" className="col-markers">
                {t('result.table.markers')}
              </th>
              <th scope="col" className="col-action">
                {t('result.table.action')}
              </th>
            </tr>
          </thead>
        )}
        <tbody>
          {lane.missing && retry ? (
            <tr className="row-missing">
              <td colSpan={columns} data-testid={`lane-missing-${lane.id}`}>
                <p className="missing-notice">
                  <strong>
                    {t('result.missing.notice', { lane: t(`result.lane.${lane.id}`) })}
                  </strong>
                  <span className="missing-reason">
                    {t('result.missing.reason', { reason: missingReason(lane.missing, t) })}
                  </span>
                </p>
                <button
                  type="button"
                  className={`secondary retry-button${retry.mine ? ' is-busy' : ''}`}
                  aria-disabled={retry.busy}
                  aria-label={t('result.missing.retryLabel', { lane: t(`result.lane.${lane.id}`) })}
                  onClick={() => {
                    if (!retry.busy) retry.onRetry(lane.id);
                  }}
                  data-testid={`lane-retry-${lane.id}`}
                >
                  {retry.mine ? t('result.missing.retrying') : t('result.missing.retry')}
                </button>
              </td>
            </tr>
          ) : rows.length === 0 ? (
            <tr className="row-empty">
              <td colSpan={columns} data-testid={`lane-empty-${lane.id}`}>
                {t('result.empty')}
              </td>
            </tr>
          ) : (
            visible.map((item) => (
              <Row
                key={item.id}
                item={item}
                selected={item.id === selectedId}
                highlighted={highlighted.includes(item.id)}
                language={language}
                withSubLane={withSubLane}
                onOpen={onOpen}
              />
            ))
          )}
        </tbody>
      </table>
      {rows.length > shown && (
        <div className="table-more">
          <span className="hint">
            {t('result.table.shown', { shown: visible.length, total: rows.length })}
          </span>
          <button
            type="button"
            className="chip"
            onClick={() => setShown((n) => n + PAGE_SIZE)}
            data-testid={`table-more-${lane.id}`}
          >
            {t('result.table.showMore', { count: Math.min(PAGE_SIZE, rows.length - shown) })}
          </button>
          <button
            type="button"
            className="chip"
            onClick={() => setShown(rows.length)}
            data-testid={`table-all-${lane.id}`}
          >
            {t('result.table.showAll', { count: rows.length })}
          </button>
        </div>
      )}
    </section>
  );
});

/** Memoised: opening one row's panel must not re-render 2,000 others. */
const Row = memo(function Row({
  item,
  selected,
  highlighted,
  language,
  withSubLane,
  onOpen,
}: {
  item: InquiryItem;
  selected: boolean;
  highlighted: boolean;
  language: Language;
  withSubLane: boolean;
  onOpen: (itemId: string) => void;
}) {
  const { t } = useTranslation();
  const label = item.label[language] || item.label.fr;
  const markers = itemMarkers(item, t);
  const cpas = itemCpas(item);
  return (
    <tr
      className={[
        ...itemClasses(item),
        ...(selected ? ['is-selected'] : []),
        ...(highlighted ? ['is-highlighted'] : []),
      ].join(' ')}
      data-testid="row"
      data-item-id={item.id}
    >
      {withSubLane && <td>{item.subLane ? t(`result.subLane.${item.subLane}`) : ''}</td>}
      <td className="col-date">{formatInquiryDate(item.begin)}</td>
      <td className="col-date">
        {item.end ? (
          formatInquiryDate(item.end)
        ) : (
          <span className="ongoing">{t('result.ongoing')}</span>
        )}
      </td>
      <td>{label}</td>
      <td className="col-cpas" title={cpas.name}>
        {cpasShortName(cpas)}
      </td>
      <td className="col-markers">
        <MarkerBadges markers={markers} />
      </td>
      <td className="col-action">
        <button
          type="button"
          className="link-button"
          onClick={() => onOpen(item.id)}
          aria-label={t('result.table.openLabel', { label })}
          data-testid="row-open"
        >
          {t('result.table.open')}
        </button>
      </td>
    </tr>
  );
});
