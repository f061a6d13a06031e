// What a Nova+ list event says in words ("bloqué le 03/12/2026 — chevauchement avec CPAS de Namur"): the same
// sentence on a badge, in the result's events lane and in its table view.
import type { TFunction } from 'i18next';
import type { ListEvent } from '../../../../shared/contract/lists';
import { formatDay } from '../../../../shared/presentation/format';

export function listEventText(event: ListEvent, t: TFunction): string {
  const date = formatDay(event.date);
  if (event.kind === 'status')
    return t('lists.badge.status', { date, status: event.newStatus ?? '' });
  const head =
    event.action === 'UNBLOCK'
      ? t('lists.badge.unblock', { date })
      : t('lists.badge.block', { date });
  const why =
    event.reason === 'OVERLAP'
      ? t('lists.badge.overlap', { cpas: event.otherCpasName ?? '' })
      : event.reason === 'A_POSTERIORI'
        ? t('lists.badge.aPosteriori')
        : '';
  return why ? `${head} — ${why}` : head;
}

/** The tone of an event's badge or point: a blocking stands out, an unblocking or a status change does not. */
export function listEventTone(event: ListEvent): 'blocked' | 'unblocked' | 'status' {
  if (event.kind === 'status') return 'status';
  return event.action === 'UNBLOCK' ? 'unblocked' : 'blocked';
}
