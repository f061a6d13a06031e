// The Tx25 register extract beside the lanes: one group per information type, current values first, and a timeline of the dated ones.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isoToDisplayDate } from '../../../../shared/domain/period';
import type { Language } from '../../../../shared/domain/preferences';
import type {
  InformationTypeEntry,
  RegisterExtractSupplement,
} from '../../../../shared/domain/supplements';
import {
  formatInquiryDate,
  formatNiss,
  formatTimestamp,
} from '../../../../shared/presentation/format';
import {
  dayNumber,
  extractTimeline,
  fieldForDisplay,
  groupExtract,
  yearTicks,
  type ExtractGroup,
  type ExtractTimeline,
} from '../../../../shared/presentation/register-extract-model';
import './register-extract.css';

function languageOf(code: string): Language {
  return code === 'nl' || code === 'de' ? code : 'fr';
}

function Entry({
  entry,
  language,
  within,
}: {
  entry: InformationTypeEntry;
  language: Language;
  within: string;
}) {
  const { t } = useTranslation();
  const from = entry.date ? formatInquiryDate(entry.date) : t('extract.noDate');
  const to = entry.endDate ? formatInquiryDate(entry.endDate) : t('extract.ongoing');
  return (
    <li className="extract-entry" data-testid="extract-entry" data-current={String(entry.current)}>
      {/* A range reads at a glance; the words "from / until" stay for screen readers. */}
      <p
        className="extract-entry-dates"
        aria-label={`${t('extract.date')} ${from}, ${t('extract.endDate')} ${to}`}
      >
        {from} – {to}
      </p>
      {entry.fields.length === 0 ? (
        <p className="extract-muted">{t('extract.noFields')}</p>
      ) : (
        <dl className="extract-fields">
          {entry.fields.map((field, index) => {
            const shown = fieldForDisplay(field, language, within);
            return (
              <div key={`${field.name}-${index}`} data-field={field.name}>
                <dt>{shown.label}</dt>
                <dd>{shown.value}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </li>
  );
}

function Group({ group, language }: { group: ExtractGroup; language: Language }) {
  const { t } = useTranslation();
  const title = group.label[language] || group.label.fr;
  return (
    <section
      className={`extract-group${group.known ? '' : ' extract-group-unknown'}`}
      data-testid="extract-group"
      data-code={group.code}
      data-known={String(group.known)}
    >
      <h4>
        {title}
        {/* An unknown type's title already is its code. */}
        {group.known && (
          <span className="extract-code"> {t('extract.code', { code: group.code })}</span>
        )}
      </h4>
      {!group.known && (
        <p className="extract-muted">
          {t('extract.unknownType')}
          {group.xmlGroups.length > 0 &&
            ` · ${t('extract.xmlGroup', { group: group.xmlGroups.join(', ') })}`}
        </p>
      )}
      {group.current.length > 0 ? (
        <ul className="extract-entries">
          {group.current.map((entry, index) => (
            <Entry key={`c${index}`} entry={entry} language={language} within={title} />
          ))}
        </ul>
      ) : (
        <p className="extract-muted">{t('extract.noCurrent')}</p>
      )}
      {/* Entries that ended are history; asked without history the register sends none, whatever was saved earlier. */}
      {group.history.length > 0 && (
        <>
          <h5>{t('extract.history')}</h5>
          <ul className="extract-entries extract-history-entries">
            {group.history.map((entry, index) => (
              <Entry key={`h${index}`} entry={entry} language={language} within={title} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const ROW_HEIGHT = 18;
const LABEL_WIDTH = 135;
const WIDTH = 440;
const AXIS_HEIGHT = 16;

/** A static SVG (no script, no inline style sheet: the CSP allows it as is): one row per type, a bar per period. */
function Timeline({
  timeline,
  language,
  consultedAt,
}: {
  timeline: ExtractTimeline;
  language: Language;
  consultedAt: string;
}) {
  const { t } = useTranslation();
  if (!timeline.from || !timeline.to || timeline.rows.length === 0) {
    return <p className="extract-muted">{t('extract.timelineEmpty')}</p>;
  }
  const start = dayNumber(timeline.from);
  const span = Math.max(1, dayNumber(timeline.to) - start);
  const plot = WIDTH - LABEL_WIDTH - 8;
  const x = (iso: string) => LABEL_WIDTH + ((dayNumber(iso) - start) / span) * plot;
  const consultedDay = consultedAt.slice(0, 10);
  const height = AXIS_HEIGHT + timeline.rows.length * ROW_HEIGHT;
  return (
    <svg
      className="extract-timeline"
      data-testid="extract-timeline"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={t('extract.timeline')}
    >
      {yearTicks(timeline.from, timeline.to).map((year) => {
        const at = x(`${year}-01-01`);
        return (
          <g key={year} className="extract-tick">
            <line x1={at} x2={at} y1={AXIS_HEIGHT - 3} y2={height} />
            <text x={at} y={AXIS_HEIGHT - 5} textAnchor="middle">
              {year}
            </text>
          </g>
        );
      })}
      {timeline.rows.map((row, index) => {
        const y = AXIS_HEIGHT + index * ROW_HEIGHT;
        const label = row.label[language] || row.label.fr;
        return (
          <g key={row.code} className="extract-timeline-row" data-code={row.code}>
            <text x={4} y={y + ROW_HEIGHT / 2 + 4} className="extract-timeline-label">
              {`${row.code} ${label.length > 20 ? `${label.slice(0, 19)}…` : label}`}
              <title>{`${label} (${t('extract.code', { code: row.code })})`}</title>
            </text>
            {row.periods.map((period, p) => {
              const from = x(period.start);
              const to = x(
                period.end ?? (consultedDay > period.start ? consultedDay : period.start),
              );
              return (
                <rect
                  key={p}
                  className={period.current ? 'extract-bar extract-bar-current' : 'extract-bar'}
                  x={from}
                  y={y + 4}
                  width={Math.max(2, to - from)}
                  height={ROW_HEIGHT - 8}
                  rx={2}
                >
                  <title>
                    {t('extract.periodTitle', {
                      label,
                      from: isoToDisplayDate(period.start),
                      to: period.end ? isoToDisplayDate(period.end) : t('extract.ongoing'),
                    })}
                  </title>
                </rect>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

export function RegisterExtractView(props: {
  supplement: RegisterExtractSupplement;
  onShowHistory: () => void;
  loadingHistory: boolean;
}) {
  const { supplement, onShowHistory, loadingHistory } = props;
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const { extract } = supplement;
  const groups = useMemo(() => groupExtract(extract.informationTypes ?? []), [extract]);
  const timeline = useMemo(
    () => extractTimeline(groups, supplement.consultedAt),
    [groups, supplement.consultedAt],
  );
  return (
    <section className="register-extract" data-testid="register-extract-view">
      <header className="extract-header">
        <h3>{t('extract.title')}</h3>
        <p className="extract-muted">
          {t('extract.consultedAt', { date: formatTimestamp(supplement.consultedAt) })} ·{' '}
          {extract.history ? t('extract.withHistory') : t('extract.currentOnly')}
        </p>
        {extract.replacedBy && (
          <p className="extract-notice">
            {t('extract.replacedBy', { niss: formatNiss(extract.replacedBy) })}
          </p>
        )}
        {!extract.history && (
          <p className="extract-history-bar">
            <span className="extract-muted">{t('extract.historyHint')}</span>
            <button
              type="button"
              data-testid="extract-history"
              onClick={onShowHistory}
              disabled={loadingHistory}
              aria-busy={loadingHistory}
            >
              {loadingHistory ? t('extract.loadingHistory') : t('extract.showHistory')}
            </button>
          </p>
        )}
      </header>
      {!extract.found ? (
        <p className="extract-notice">{t('extract.notFound')}</p>
      ) : groups.length === 0 ? (
        <p className="extract-muted">{t('extract.empty')}</p>
      ) : (
        <div className="extract-body">
          <div className="extract-groups">
            {groups.map((group) => (
              <Group key={group.code} group={group} language={language} />
            ))}
          </div>
          <aside className="extract-aside">
            <h4>{t('extract.timeline')}</h4>
            <Timeline
              timeline={timeline}
              language={language}
              consultedAt={supplement.consultedAt}
            />
          </aside>
        </div>
      )}
    </section>
  );
}
