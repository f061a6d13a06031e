// The result's identity: final NISS (and whether it replaced the requested one), period, time, tickets, environment;
// its report actions (print, export).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { missingSections, type Inquiry } from '../../../../shared/domain/inquiry';
import { isoToDisplayDate } from '../../../../shared/domain/period';
import { formatNiss, formatTimestamp } from '../../../../shared/presentation/format';
import { missingLaneTitles } from '../../../../shared/presentation/missing-sections';
import type { ReportOptions } from '../../../../shared/contract/report';
import { ReportActions } from './ReportActions';

export function ResultHeader({
  inquiry,
  onNewInquiry,
  describedBy,
  reportOptions,
}: {
  inquiry: Inquiry;
  onNewInquiry: () => void;
  describedBy?: string;
  /** The situation's day and the compared inquiry shown on screen: the report prints the same. */
  reportOptions?: ReportOptions;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // A new screen: say so to a screen reader and start keyboard navigation from its top.
  useEffect(() => heading.current?.focus(), []);
  const tickets = inquiry.calls.filter((call) => call.ticketCBSS);
  const { period } = inquiry.request;
  return (
    <header className="result-header">
      <div className="result-title-row">
        <h1 ref={heading} tabIndex={-1} aria-describedby={describedBy}>
          {t('result.title')}
        </h1>
        <div className="result-title-actions">
          <ReportActions id={inquiry.id} options={reportOptions} />
          <button
            type="button"
            className="secondary"
            onClick={onNewInquiry}
            data-testid="new-inquiry"
          >
            ← {t('result.newInquiry')}
          </button>
        </div>
      </div>
      <dl className="result-facts">
        <div>
          <dt>{t('result.facts.finalNiss')}</dt>
          <dd className="result-niss mono" data-testid="result-final-niss">
            {formatNiss(inquiry.finalNiss)}
          </dd>
        </div>
        <div>
          <dt>{t('result.facts.period')}</dt>
          <dd data-testid="result-period">
            {isoToDisplayDate(period.from)} – {isoToDisplayDate(period.to)}
          </dd>
        </div>
        <div>
          <dt>{t('result.facts.consultedAt')}</dt>
          <dd data-testid="result-consulted-at">{formatTimestamp(inquiry.consultedAt)}</dd>
        </div>
        <div>
          <dt>{t('result.facts.environment')}</dt>
          <dd>
            <span className={`env-tag env-${inquiry.environment}`} data-testid="result-environment">
              {inquiry.environment.toUpperCase()}
            </span>
          </dd>
        </div>
        <div className="result-tickets">
          <dt>{t('result.facts.tickets')}</dt>
          <dd>
            {tickets.length === 0 ? (
              t('result.facts.noTicket')
            ) : (
              <ul>
                {tickets.map((call) => (
                  <li key={call.ticket}>
                    <span className="ticket-service">
                      {t(`result.service.${call.service}`)}
                      {call.requestType ? ` · ${call.requestType}` : ''}
                    </span>
                    <code className="ticket" data-testid="result-ticket">
                      {call.ticketCBSS}
                    </code>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {inquiry.nissReplaced && (
        <p className="notice notice-warning" role="note" data-testid="result-replaced-notice">
          {t('result.replaced', {
            requested: formatNiss(inquiry.request.niss),
            final: formatNiss(inquiry.finalNiss),
          })}
        </p>
      )}
      {!inquiry.dataFound && (
        <p className="notice notice-info" role="note" data-testid="result-no-data">
          {t('result.noData')}
        </p>
      )}
      {missingSections(inquiry).length > 0 && (
        <p className="notice notice-warning" role="note" data-testid="result-missing-notice">
          {t('result.missing.summary', { lanes: missingLaneTitles(inquiry, t) })}
        </p>
      )}
      {inquiry.answerVersion === 1 && (
        <p className="notice notice-subtle">{t('result.completedBy')}</p>
      )}
    </header>
  );
}
