// The columns of each list's table: header key, what the column sorts on, and how a row shows in it.
import type { TFunction } from 'i18next';
import type { ListKind, ListRow } from '../../../../shared/domain/nova-lists';
import { isKnownRejectionCode } from '../../../../shared/domain/nova-lists';
import type { listSortFields } from '../../../../shared/contract/lists';
import { formatDay } from '../../../../shared/presentation/format';
import { formatEuros, formatShortMonth } from '../../../../shared/presentation/lists-format';

export type SortField = (typeof listSortFields)[number];

export interface Column {
  id: string;
  header: string;
  sort?: SortField;
  /** Numbers align right. */
  numeric?: boolean;
  cell: (row: ListRow) => string;
}

export function errorCodeLabel(code: string, t: TFunction): string {
  const translate = t as unknown as (key: string) => string;
  return isKnownRejectionCode(code)
    ? translate(`lists.errorCodes.${code}`)
    : t('lists.rejections.unknownCode');
}

export function columnsOf(kind: ListKind, t: TFunction): Column[] {
  const translate = t as unknown as (key: string) => string;
  const basis: Column = {
    id: 'legalBasis',
    header: t('lists.columns.legalBasis'),
    sort: 'legalBasis',
    cell: (r) => ('legalBasis' in r ? r.legalBasis : ''),
  };
  const dossier: Column = {
    id: 'dossier',
    header: t('lists.columns.dossier'),
    sort: 'dossier',
    cell: (r) => ('dossier' in r ? (r.dossier ?? '') : ''),
  };
  const form: Column = {
    id: 'form',
    header: t('lists.columns.formReference'),
    cell: (r) => ('formReference' in r ? (r.formReference ?? '') : ''),
  };
  switch (kind) {
    case 'status':
      return [
        {
          id: 'date',
          header: t('lists.columns.date'),
          sort: 'date',
          cell: (r) => (r.kind === 'status' ? formatDay(r.date) : ''),
        },
        basis,
        dossier,
        {
          id: 'previous',
          header: t('lists.columns.previousStatus'),
          cell: (r) => (r.kind === 'status' ? (r.previousStatus ?? '') : ''),
        },
        {
          id: 'new',
          header: t('lists.columns.newStatus'),
          sort: 'code',
          cell: (r) => (r.kind === 'status' ? r.newStatus : ''),
        },
      ];
    case 'blocking':
      return [
        {
          id: 'date',
          header: t('lists.columns.date'),
          sort: 'date',
          cell: (r) => (r.kind === 'blocking' ? formatDay(r.date) : ''),
        },
        {
          id: 'action',
          header: t('lists.columns.action'),
          sort: 'code',
          cell: (r) => (r.kind === 'blocking' ? translate(`lists.action.${r.action}`) : ''),
        },
        {
          id: 'reason',
          header: t('lists.columns.reason'),
          cell: (r) => (r.kind === 'blocking' ? translate(`lists.reason.${r.reason}`) : ''),
        },
        {
          id: 'other',
          header: t('lists.columns.otherCpas'),
          cell: (r) => (r.kind === 'blocking' ? (r.otherCpasName ?? r.otherCpasCbe ?? '') : ''),
        },
        basis,
        form,
        dossier,
      ];
    case 'statement':
      return [
        {
          id: 'month',
          header: t('lists.columns.month'),
          sort: 'date',
          cell: (r) => (r.kind === 'statement' ? formatShortMonth(r.month) : ''),
        },
        basis,
        dossier,
        {
          id: 'due',
          header: t('lists.columns.due'),
          sort: 'amount',
          numeric: true,
          cell: (r) => (r.kind === 'statement' ? formatEuros(r.dueCents) : ''),
        },
        {
          id: 'recovered',
          header: t('lists.columns.recovered'),
          numeric: true,
          cell: (r) => (r.kind === 'statement' ? formatEuros(r.recoveredCents) : ''),
        },
      ];
    case 'rejection':
      return [
        {
          id: 'month',
          header: t('lists.columns.month'),
          sort: 'date',
          cell: (r) => (r.kind === 'rejection' ? formatShortMonth(r.closedMonth) : ''),
        },
        basis,
        form,
        dossier,
        {
          id: 'codes',
          header: t('lists.columns.codes'),
          sort: 'code',
          cell: (r) =>
            r.kind === 'rejection'
              ? r.codes.map((code) => `${code} — ${errorCodeLabel(code, t)}`).join(' ; ')
              : '',
        },
      ];
  }
}
