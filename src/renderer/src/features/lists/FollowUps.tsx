// The list events beside the investigator's work: a badge per followed person (saved list, start screen), and the
// events of one person in the requested period (under the result's timeline).
import { useTranslation } from 'react-i18next';
import type { FollowUp, ListEvent } from '../../../../shared/contract/lists';
import type { Period } from '../../../../shared/domain/period';
import { formatNiss } from '../../../../shared/presentation/format';
import { useListEvents, useListFollowUps } from '../../api/lists-queries';
import { listEventText, listEventTone } from './event-text';

export function useEventText() {
  const { t } = useTranslation();
  return (event: ListEvent): string => listEventText(event, t);
}

/** A blocking's badge stands out; an unblocking's or a status change's does not. */
function badgeClass(event: ListEvent): string {
  return listEventTone(event) === 'blocked' ? 'lists-badge lists-badge-blocked' : 'lists-badge';
}

export function FollowUpBadge({ followUp }: { followUp: FollowUp }) {
  const text = useEventText()(followUp.event);
  return (
    <span className={badgeClass(followUp.event)} data-testid="lists-badge">
      {text}
    </span>
  );
}

/** The followed persons with a list event, on the start screen. */
export function FollowUpsPanel({ onOpen }: { onOpen: (followUp: FollowUp) => void }) {
  const { t } = useTranslation();
  const followUps = useListFollowUps();
  if (!followUps.data || followUps.data.length === 0) return null;
  return (
    <section
      className="card wide lists-followups"
      aria-labelledby="lists-followups-title"
      data-testid="lists-followups"
    >
      <h2 id="lists-followups-title">{t('lists.followUps.title')}</h2>
      <p className="muted">{t('lists.followUps.description')}</p>
      <ul>
        {followUps.data.map((followUp) => (
          <li key={followUp.niss} data-testid="lists-followup">
            <button type="button" className="lists-niss" onClick={() => onOpen(followUp)}>
              {followUp.personName
                ? `${followUp.personName} (${formatNiss(followUp.niss)})`
                : formatNiss(followUp.niss)}
            </button>{' '}
            {followUp.inRepertory && (
              <span className="muted" data-testid="lists-followup-repertory">
                {t('lists.followUps.inRepertory')}{' '}
              </span>
            )}
            <FollowUpBadge followUp={followUp} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One person's list events in the requested period, under the timeline (events, not periods). */
export function ListEventsPanel({ niss, period }: { niss: string; period: Period }) {
  const { t } = useTranslation();
  const events = useListEvents(niss, period.from, period.to);
  const text = useEventText();
  if (!events.data) return null;
  return (
    <section
      className="lists-events"
      aria-labelledby="lists-events-title"
      data-testid="lists-events"
    >
      <h2 id="lists-events-title">{t('lists.events.title')}</h2>
      {events.data.length === 0 ? (
        <p className="muted">{t('lists.events.none')}</p>
      ) : (
        <ol>
          {events.data.map((event, index) => (
            <li key={index} data-testid="lists-event">
              <span className={badgeClass(event)}>{text(event)}</span>
              {event.formReference && <span className="muted mono"> {event.formReference}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
