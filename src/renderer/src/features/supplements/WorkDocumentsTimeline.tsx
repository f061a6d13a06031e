// Employment cards and work permits as two swimlanes (vis-timeline, peer build: the strict CSP holds).
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { ForeignerSituationSupplement } from '../../../../shared/domain/supplements';
import { WORK_LANES, workDocumentSpans, workDocumentsWindow } from './work-documents-model';

export function WorkDocumentsTimeline({
  situation,
  openEdge,
  today,
}: {
  situation: ForeignerSituationSupplement;
  openEdge: Date;
  today: Date;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const spans = useMemo(() => workDocumentSpans(situation, openEdge), [situation, openEdge]);
  const indefinite = t('foreigner.indefinite');
  const groupTitles = useMemo(
    () => WORK_LANES.map((lane) => ({ id: lane, content: t(`foreigner.lanes.${lane}`) })),
    [t],
  );

  useEffect(() => {
    if (!container.current || spans.length === 0) return;
    const items = new DataSet(
      spans.map((span) => ({
        id: span.id,
        group: span.lane,
        start: span.start,
        end: span.end,
        // Plain text: vis-timeline escapes it, and no HTML of ours reaches the page.
        content: span.indefinite ? `${span.number} (${indefinite})` : span.number,
        className: `work-document work-${span.lane}${span.open ? ' work-open' : ''}`,
      })),
    );
    const window = workDocumentsWindow(spans, today);
    const timeline = new Timeline(container.current, items, new DataSet(groupTitles), {
      ...(window ?? {}),
      stack: true,
      selectable: false,
      editable: false,
      showCurrentTime: false,
      zoomKey: 'ctrlKey',
      orientation: { axis: 'top', item: 'top' },
      margin: { item: { horizontal: 0, vertical: 4 }, axis: 6 },
    });
    return () => timeline.destroy();
  }, [spans, groupTitles, indefinite, today]);

  if (spans.length === 0) return null;
  return (
    <div
      ref={container}
      className="work-documents-timeline"
      role="img"
      aria-label={t('foreigner.timelineLabel')}
      data-testid="work-documents-timeline"
    />
  );
}
