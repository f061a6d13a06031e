// The foreigner situation kept with an inquiry: its work documents as swimlanes and tables, and the special
// information (residence reason; the person who opens the right to family reunification, one click from an inquiry).
import { useTranslation } from 'react-i18next';
import type { InquiryDate } from '../../../../shared/domain/inquiry';
import type {
  ForeignerSituationSupplement,
  WorkDocument,
} from '../../../../shared/domain/supplements';
import { useLanguage } from '../../app/useLanguage';
import {
  formatInquiryDate,
  formatNiss,
  formatTimestamp,
} from '../../../../shared/presentation/format';
import { WorkDocumentsTimeline } from './WorkDocumentsTimeline';

const shown = (date: InquiryDate | null) => (date ? formatInquiryDate(date) : '–');

export function ForeignerSituationView({
  situation,
  openEdge,
  today,
  onInquirePerson,
}: {
  situation: ForeignerSituationSupplement;
  openEdge: Date;
  today: Date;
  /** Starts an inquiry on another person (the family-reunification opener). */
  onInquirePerson?: (niss: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nothing =
    situation.employmentCards.length +
      situation.workPermits.length +
      situation.specialInfos.length ===
    0;
  const expiry = (document: { expiry: InquiryDate | null; indefinite: boolean }) =>
    document.indefinite ? t('foreigner.indefinite') : shown(document.expiry);

  return (
    <section className="supplement foreigner-situation" data-testid="foreigner-situation-view">
      <h2>{t('foreigner.title')}</h2>
      <p className="muted">
        {t('foreigner.consulted', { date: formatTimestamp(situation.consultedAt) })}{' '}
        {situation.calls
          .map((call) => call.ticketCBSS)
          .filter(Boolean)
          .map((ticket) => (
            <span key={ticket} className="mono supplement-ticket">
              {ticket}
            </span>
          ))}
      </p>
      {situation.replacedBy && (
        <p className="notice notice-warning">
          {t('foreigner.replaced', { niss: formatNiss(situation.replacedBy) })}
        </p>
      )}
      <p className="notice notice-warning" data-testid="foreigner-not-authentic">
        {t('foreigner.notAuthentic')}
      </p>
      {nothing && (
        <p className="muted" data-testid="foreigner-nothing">
          {t('foreigner.nothing')}
        </p>
      )}
      <WorkDocumentsTimeline situation={situation} openEdge={openEdge} today={today} />
      {(['employmentCards', 'workPermits'] as const).map((lane) =>
        situation[lane].length === 0 ? null : (
          <table key={lane} className="supplement-table" data-testid={`foreigner-${lane}`}>
            <caption>{t(`foreigner.lanes.${lane}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('foreigner.columns.number')}</th>
                <th scope="col">{t('foreigner.columns.from')}</th>
                <th scope="col">{t('foreigner.columns.expiry')}</th>
                <th scope="col">{t('foreigner.columns.closed')}</th>
                <th scope="col">{t('foreigner.columns.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {situation[lane].map((document: WorkDocument, index) => (
                <tr key={`${document.number}-${index}`} data-testid="work-document">
                  <td className="mono">{document.number}</td>
                  <td>{shown(document.inception)}</td>
                  <td>{expiry(document)}</td>
                  <td>{shown(document.end)}</td>
                  <td>{document.comment ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
      {situation.specialInfos.length > 0 && (
        <div className="special-infos">
          <h3>{t('foreigner.special')}</h3>
          <ul>
            {situation.specialInfos.map((info, index) => (
              <li key={index} data-testid="special-info">
                <p>
                  <strong>{t('foreigner.reason')}</strong>{' '}
                  {info.reason ? (
                    <span data-testid="residence-reason">
                      {info.reason.label[language]}{' '}
                      <span className="muted">({info.reason.code})</span>
                    </span>
                  ) : (
                    '–'
                  )}
                </p>
                <p className="muted">
                  {t('foreigner.validity', { from: shown(info.inception), to: expiry(info) })}
                </p>
                {info.reunificationWith && (
                  <p>
                    <strong>{t('foreigner.reunification')}</strong>{' '}
                    {info.reunificationWith.kind === 'ssin' ? (
                      <>
                        <span className="mono">{formatNiss(info.reunificationWith.ssin)}</span>{' '}
                        {onInquirePerson && (
                          <button
                            type="button"
                            className="secondary"
                            onClick={() =>
                              info.reunificationWith?.kind === 'ssin' &&
                              onInquirePerson(info.reunificationWith.ssin)
                            }
                            data-testid="reunification-inquire"
                          >
                            {t('foreigner.inquire')}
                          </button>
                        )}
                      </>
                    ) : (
                      <span className="mono">
                        {t('foreigner.fictional', { number: info.reunificationWith.number })}
                      </span>
                    )}
                  </p>
                )}
                {info.comments.length > 0 && <p className="muted">{info.comments.join(' · ')}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
