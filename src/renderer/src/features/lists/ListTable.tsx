// One list as a sortable, filterable table; the NISS opens the person's saved inquiry or starts one.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  LEGAL_BASES,
  type ListKind,
  type ListLegalBasis,
} from '../../../../shared/domain/nova-lists';
import { formatNiss } from '../../../../shared/presentation/format';
import { useListPage } from '../../api/lists-queries';
import { asDeskError } from '../../api/desk-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { columnsOf, type SortField } from './list-columns';

const PAGE = 100;

export function ListTable({
  kind,
  savedNiss,
  onOpenPerson,
}: {
  kind: ListKind;
  /** NISS of the saved inquiries: their link opens the saved one. */
  savedNiss: ReadonlySet<string>;
  onOpenPerson: (niss: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [sort, setSort] = useState<SortField>('date');
  const [descending, setDescending] = useState(true);
  const [text, setText] = useState('');
  const [legalBasis, setLegalBasis] = useState<ListLegalBasis | ''>('');
  const [limit, setLimit] = useState(PAGE);
  const search = useDebouncedValue(text, 250);
  const page = useListPage({
    kind,
    sort,
    descending,
    text: search || undefined,
    legalBasis: legalBasis || undefined,
    limit,
  });
  const columns = columnsOf(kind, t);
  const error = asDeskError(page.error);

  const sortBy = (field: SortField) => {
    if (field === sort) setDescending(!descending);
    else {
      setSort(field);
      setDescending(field === 'date' || field === 'amount');
    }
  };

  return (
    <div className="lists-table-block">
      <div className="lists-filters">
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('lists.filter.text')}</label>
          <input
            id={`${id}-text`}
            type="search"
            value={text}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setText(event.target.value)}
            data-testid={`lists-filter-${kind}`}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-basis`}>{t('lists.filter.legalBasis')}</label>
          <select
            id={`${id}-basis`}
            value={legalBasis}
            onChange={(event) => setLegalBasis(event.target.value as ListLegalBasis | '')}
            data-testid={`lists-basis-${kind}`}
          >
            <option value="">{t('lists.filter.all')}</option>
            {LEGAL_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {t(`lists.legalBasis.${basis}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <ErrorMessage error={error} />}
      {page.data && (
        <>
          <p className="muted" role="status" data-testid={`lists-count-${kind}`}>
            {t('lists.rowsShown', { shown: page.data.rows.length, total: page.data.total })}
          </p>
          {page.data.total === 0 ? (
            <p className="saved-empty">{t('lists.empty')}</p>
          ) : (
            <div className="lists-table-scroll">
              <table className="lists-table" data-testid={`lists-table-${kind}`}>
                <thead>
                  <tr>
                    <th
                      scope="col"
                      aria-sort={
                        sort === 'niss' ? (descending ? 'descending' : 'ascending') : undefined
                      }
                    >
                      <button
                        type="button"
                        className="lists-sort"
                        onClick={() => sortBy('niss')}
                        aria-label={t('lists.sortBy', { column: t('lists.columns.niss') })}
                      >
                        {t('lists.columns.niss')}
                      </button>
                    </th>
                    {columns.map((column) => (
                      <th
                        key={column.id}
                        scope="col"
                        className={column.numeric ? 'numeric' : undefined}
                        aria-sort={
                          column.sort && column.sort === sort
                            ? descending
                              ? 'descending'
                              : 'ascending'
                            : undefined
                        }
                      >
                        {column.sort ? (
                          <button
                            type="button"
                            className="lists-sort"
                            onClick={() => sortBy(column.sort!)}
                            aria-label={t('lists.sortBy', { column: column.header })}
                            data-testid={`lists-sort-${kind}-${column.id}`}
                          >
                            {column.header}
                          </button>
                        ) : (
                          column.header
                        )}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {page.data.rows.map((row, index) => (
                    <tr key={index} data-testid={`lists-row-${kind}`}>
                      <td>
                        {'niss' in row && (
                          <button
                            type="button"
                            className="lists-niss"
                            onClick={() => onOpenPerson(row.niss)}
                            aria-label={t(
                              savedNiss.has(row.niss)
                                ? 'lists.niss.openSaved'
                                : 'lists.niss.startInquiry',
                              { niss: formatNiss(row.niss) },
                            )}
                            data-testid="lists-niss"
                          >
                            {formatNiss(row.niss)}
                          </button>
                        )}
                      </td>
                      {columns.map((column) => (
                        <td key={column.id} className={column.numeric ? 'numeric' : undefined}>
                          {column.cell(row)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {page.data.total > page.data.rows.length && (
            <button
              type="button"
              className="secondary"
              onClick={() => setLimit(limit + PAGE)}
              disabled={limit >= 500}
            >
              {t('lists.more')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
