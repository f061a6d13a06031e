// The result of one inquiry: header, view switch, zoom presets, lane toggles, legend, swimlanes or tables, detail panel.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { missingSections, type Inquiry, type LaneId } from '../../../../shared/domain/inquiry';
import { useLanguage } from '../../app/useLanguage';
import { asDeskError } from '../../api/desk-error';
import { usePreferences, useRetryMissingSections, useSavedInquiry } from '../../api/queries';
import { retryFailure, retryOutcome, retryProgress, type RetryStatus } from './missing-retry';
import { DetailPanel } from './DetailPanel';
import { laneViews } from '../../../../shared/presentation/lanes';
import { Legend } from './Legend';
import { ResultHeader } from './ResultHeader';
import { SwimlaneTimeline, useTimelineData, type ZoomRequest } from './SwimlaneTimeline';
import { TableView } from './TableView';
import { ListEventsPanel } from '../lists/FollowUps';
import { LIST_EVENTS_LANE, NO_LIST_EVENTS, openEdge, type TimelineLaneId } from './timeline-model';
import { useListEvents } from '../../api/lists-queries';
import type { ListEvent } from '../../../../shared/contract/lists';
import { FindingsPanel } from './FindingsPanel';
import { SituationPanel } from './SituationPanel';
import { ComparisonPanel, useChangeMarks } from './ComparisonPanel';
import { changeMarks } from './comparison-marks';
import { compareInquiries } from '../../../../shared/comparison';
import { findingsOf } from '../../../../shared/findings';
import { defaultSituationDate } from '../../../../shared/presentation/situation';
import { toIsoDate } from '../../../../shared/domain/period';
import { Supplements } from '../supplements/Supplements';
import { ZOOM_PRESETS, type TimeWindow } from './zoom';
import './result.css';
import './answers.css';

type View = 'timeline' | 'table';

/**
 * The person's Nova+ list events of the requested period, once known: undefined while they are asked (the
 * timeline waits for them rather than being drawn twice), none when the lists cannot say.
 */
function usePeriodListEvents(inquiry: Inquiry): readonly ListEvent[] | undefined {
  const { period } = inquiry.request;
  const query = useListEvents(inquiry.finalNiss, period.from, period.to);
  if (query.isPending) return undefined;
  return query.data && query.data.length > 0 ? query.data : NO_LIST_EVENTS;
}

/** What the lanes draw changes when a section arrives or fails anew, not with a consultation kept beside it. */
function lanesRevision(inquiry: Inquiry): string {
  const missing = missingSections(inquiry).map(
    (section) => `${section.requestType}:${section.reason.code}:${section.reason.messageKey}`,
  );
  return `${inquiry.id}|${inquiry.calls.length}|${missing.join(',')}`;
}

/**
 * The inquiry the lanes are drawn from: the one given, kept as long as its lanes' revision stays, so that a
 * register extract consulted meanwhile does not rebuild 2,000 periods.
 */
function useDrawnInquiry(inquiry: Inquiry): Inquiry {
  const revision = lanesRevision(inquiry);
  const [drawn, setDrawn] = useState({ revision, inquiry });
  if (drawn.revision !== revision) {
    setDrawn({ revision, inquiry });
    return inquiry;
  }
  return drawn.inquiry;
}

export function ResultScreen({
  inquiry,
  onNewInquiry,
  describedBy,
  onInquirePerson,
}: {
  inquiry: Inquiry;
  onNewInquiry: () => void;
  /** An element that says more about this result (the offline banner), read with its title. */
  describedBy?: string;
  /** Starts an inquiry on another person the answers name (a family-reunification opener). */
  onInquirePerson?: (niss: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const drawn = useDrawnInquiry(inquiry);
  const lanes = useMemo(() => laneViews(drawn), [drawn]);
  const itemsById = useMemo(() => new Map(drawn.items.map((item) => [item.id, item])), [drawn]);
  // Fixed for the screen's life, so the timeline's data is not rebuilt as the clock moves.
  const [today] = useState(() => new Date());
  const [view, setView] = useState<View>('timeline');
  const [hidden, setHidden] = useState<ReadonlySet<TimelineLaneId>>(() => new Set());
  const defaultZoom = usePreferences().data?.defaultZoom ?? 'period';
  const [zoom, setZoom] = useState<ZoomRequest>({ preset: defaultZoom, seq: 0 });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // The items a finding's link selected (the first opens in the detail panel).
  const [highlighted, setHighlighted] = useState<readonly string[]>([]);
  const findings = useMemo(() => findingsOf(inquiry), [inquiry]);
  const [situationDate, setSituationDate] = useState(() =>
    defaultSituationDate(inquiry.request.period, toIsoDate(today)),
  );
  const [goTo, setGoTo] = useState<{ date: string; seq: number } | null>(null);
  const goToDate = useCallback(
    (date: string) => setGoTo((g) => ({ date, seq: (g?.seq ?? 0) + 1 })),
    [],
  );
  const selectFinding = useCallback(
    (ids: string[]) => {
      // A new list at each click: the same link followed again, after panning away, brings its items back.
      setHighlighted([...ids]);
      setSelectedId(ids[0] ?? null);
      // The lanes of the items concerned show again if they were turned off: the link must show them.
      const lanesOf = new Set<TimelineLaneId | undefined>(ids.map((id) => itemsById.get(id)?.lane));
      setHidden((current) =>
        [...current].some((lane) => lanesOf.has(lane))
          ? new Set([...current].filter((lane) => !lanesOf.has(lane)))
          : current,
      );
    },
    [itemsById],
  );
  // The same inquiry with the consultations made since it opened; its lanes do not change with them.
  const [supplemented, setSupplemented] = useState<Inquiry | null>(null);
  const withSupplements = supplemented?.id === inquiry.id ? supplemented : inquiry;
  const selected = selectedId ? itemsById.get(selectedId) : undefined;
  const listEvents = usePeriodListEvents(inquiry);
  const timelineData = useTimelineData(drawn, lanes, today, listEvents);
  // The earlier inquiry of the same person compared with this one, from the vault (offline as well).
  const [compareWith, setCompareWith] = useState<string | null>(null);
  // Another inquiry shown here starts without a comparison.
  const [comparedFor, setComparedFor] = useState(inquiry.id);
  if (comparedFor !== inquiry.id) {
    setComparedFor(inquiry.id);
    setCompareWith(null);
  }
  const earlierQuery = useSavedInquiry(compareWith);
  const earlier =
    earlierQuery.data && earlierQuery.data.finalNiss === inquiry.finalNiss
      ? earlierQuery.data
      : null;
  const comparison = useMemo(
    () => (earlier ? compareInquiries(earlier, drawn) : null),
    [earlier, drawn],
  );
  const marks = useMemo(
    () => changeMarks(comparison, timelineData.drawn),
    [comparison, timelineData.drawn],
  );
  useChangeMarks(timelineData.items, marks);
  // The report prints what the screen shows: the situation's day, the changes when compared.
  const reportOptions = useMemo(
    () => ({
      situationDate,
      ...(comparison ? { compareWith: comparison.earlier.id } : {}),
    }),
    [situationDate, comparison],
  );
  const {
    lane: retrying,
    status: retryStatus,
    start: retrySection,
    statusRef: retryStatusRef,
  } = useMissingSectionRetry(inquiry);
  // Where the timeline was left, to come back to it from the table (a ref: panning must not re-render).
  const lastWindow = useRef<TimeWindow | null>(null);
  const rememberWindow = useCallback((window: TimeWindow) => {
    lastWindow.current = window;
  }, []);
  const lastWindowOf = useCallback(() => lastWindow.current, []);
  const open = useCallback((id: string) => {
    setHighlighted([]);
    setSelectedId(id);
  }, []);
  const close = useCallback(() => {
    setHighlighted([]);
    setSelectedId(null);
  }, []);

  function toggleLane(lane: TimelineLaneId) {
    setHidden((current) => {
      const next = new Set(current);
      if (next.has(lane)) next.delete(lane);
      else next.add(lane);
      return next;
    });
  }

  return (
    <section
      className="result-screen"
      aria-label={t('result.title')}
      data-testid="result-screen"
      data-view={view}
    >
      <ResultHeader
        inquiry={inquiry}
        onNewInquiry={onNewInquiry}
        describedBy={describedBy}
        reportOptions={reportOptions}
      />
      <div className="result-toolbar">
        <button
          type="button"
          className="secondary view-toggle"
          aria-pressed={view === 'table'}
          onClick={() => setView(view === 'timeline' ? 'table' : 'timeline')}
          data-testid="view-toggle"
        >
          {view === 'timeline' ? t('result.view.toTable') : t('result.view.toTimeline')}
        </button>
        {view === 'timeline' && (
          <div className="zoom-presets" role="group" aria-label={t('result.zoom.label')}>
            <span className="toolbar-label" aria-hidden="true">
              {t('result.zoom.label')}
            </span>
            {ZOOM_PRESETS.map((preset) => (
              <button
                key={preset}
                type="button"
                className="chip"
                aria-pressed={zoom.preset === preset}
                onClick={() => setZoom((z) => ({ preset, seq: z.seq + 1 }))}
                data-testid={`zoom-${preset}`}
              >
                {t(`result.zoom.${preset}`)}
              </button>
            ))}
          </div>
        )}
      </div>
      <fieldset className="lane-toggles">
        <legend>{t('result.lanes.label')}</legend>
        <span className="toolbar-label" aria-hidden="true">
          {t('result.lanes.label')}
        </span>
        {lanes.map((lane) => (
          <LaneToggle
            key={lane.id}
            lane={lane.id}
            title={t(`result.lane.${lane.id}`)}
            count={lane.missing ? t('result.missing.count') : lane.items.length}
            shown={!hidden.has(lane.id)}
            onToggle={toggleLane}
          />
        ))}
        {listEvents && listEvents.length > 0 && (
          <LaneToggle
            lane={LIST_EVENTS_LANE}
            title={t('lists.events.lane')}
            count={listEvents.length}
            shown={!hidden.has(LIST_EVENTS_LANE)}
            onToggle={toggleLane}
          />
        )}
      </fieldset>
      <Legend view={view} />
      <p
        ref={retryStatusRef}
        className={`retry-status${retryStatus ? ` retry-${retryStatus.tone}` : ''}`}
        role="status"
        tabIndex={-1}
        data-testid="missing-retry-status"
      >
        {retryStatus?.text}
      </p>
      <FindingsPanel findings={findings} language={language} onSelect={selectFinding} />
      <SituationPanel
        inquiry={inquiry}
        date={situationDate}
        language={language}
        onDate={setSituationDate}
        onGo={goToDate}
      />
      <ComparisonPanel
        inquiry={inquiry}
        compareWith={compareWith}
        comparison={comparison}
        loading={earlierQuery.isFetching}
        error={asDeskError(earlierQuery.error)}
        language={language}
        onCompare={setCompareWith}
        onSelect={selectFinding}
      />
      {view === 'timeline' ? (
        listEvents && (
          <SwimlaneTimeline
            inquiry={drawn}
            data={timelineData}
            lastWindow={lastWindowOf}
            onWindowChange={rememberWindow}
            hidden={hidden}
            zoom={zoom}
            today={today}
            selectedId={selectedId}
            highlighted={highlighted}
            situationDate={situationDate}
            onPickDate={setSituationDate}
            goTo={goTo}
            onOpen={open}
            retrying={retrying}
            onRetry={retrySection}
          />
        )
      ) : (
        <TableView
          lanes={lanes}
          hidden={hidden}
          language={language}
          selected={selected ?? null}
          highlighted={highlighted}
          onOpen={open}
          retrying={retrying}
          onRetry={retrySection}
        />
      )}
      {selected && <DetailPanel item={selected} language={language} onClose={close} />}
      {/* The Nova+ list events of the period: a lane of the timeline; the table view lists them under its tables. */}
      {view === 'table' && (
        <ListEventsPanel niss={inquiry.finalNiss} period={inquiry.request.period} />
      )}
      <Supplements
        inquiry={withSupplements}
        onChange={setSupplemented}
        openEdge={openEdge(today, inquiry.request.period)}
        today={today}
        onInquirePerson={onInquirePerson}
      />
    </section>
  );
}

/** A lane's checkbox above the timeline: its swatch, its title and how many periods (or events) it holds. */
function LaneToggle({
  lane,
  title,
  count,
  shown,
  onToggle,
}: {
  lane: TimelineLaneId;
  title: string;
  count: number | string;
  shown: boolean;
  onToggle: (lane: TimelineLaneId) => void;
}) {
  return (
    <label className={`lane-toggle lane-${lane}`}>
      <input
        type="checkbox"
        checked={shown}
        onChange={() => onToggle(lane)}
        data-testid={`lane-toggle-${lane}`}
      />
      <span className="lane-swatch" aria-hidden="true" />
      {title}
      <span className="lane-count">({count})</span>
    </label>
  );
}

/**
 * "Retry this section": asks the BCSS again for one missing section of the saved inquiry (react-query then
 * refreshes the result from the saved copy), one at a time, and says what happens in a status line. When the
 * section arrives its button goes away: the focus, which would be lost, goes to that status line.
 */
function useMissingSectionRetry(inquiry: Inquiry) {
  const { t } = useTranslation();
  const { mutate } = useRetryMissingSections();
  const [lane, setLane] = useState<LaneId | null>(null);
  const [status, setStatus] = useState<RetryStatus | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  /** Set at once on a click (state would wait for the next render): a double click asks once. */
  const running = useRef(false);
  const latest = useRef({ inquiry, mutate, t });
  useEffect(() => {
    latest.current = { inquiry, mutate, t };
  });
  // Stable: the lanes' tables are memoised on it.
  const start = useCallback((target: LaneId) => {
    const { inquiry: current, mutate: retry, t: translate } = latest.current;
    const section = missingSections(current).find((s) => s.lane === target);
    if (running.current || !section) return;
    running.current = true;
    setLane(target);
    setStatus(retryProgress(target, translate));
    retry(
      { id: current.id, requestTypes: [section.requestType] },
      {
        onSuccess: (updated) => setStatus(retryOutcome(target, updated, translate)),
        onError: (error) =>
          setStatus(
            retryFailure(
              target,
              asDeskError(error) ?? { code: 'INTERNAL', messageKey: 'errors.internal' },
              translate,
            ),
          ),
        onSettled: () => {
          running.current = false;
          setLane(null);
        },
      },
    );
  }, []);
  useEffect(() => {
    if (!status || status.tone === 'progress') return;
    const focused = document.activeElement;
    if (!focused || focused === document.body) statusRef.current?.focus();
  }, [status]);
  return { lane, status, start, statusRef };
}
