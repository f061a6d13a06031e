// Above the statements: the twelve months' chart (due vs recovered) and the totals per month and legal basis.
// Above the rejections: the month's error codes, labelled, with their frequency as a table and a chart.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/preferences';
import {
  formatEuros,
  formatMonth,
  formatShortMonth,
} from '../../../../shared/presentation/lists-format';
import { useRejectionTotals, useStatementTotals } from '../../api/lists-queries';
import { BarChart, type BarSeries } from './BarChart';
import { errorCodeLabel } from './list-columns';

const euros = (value: number) => formatEuros(Math.round(value * 100));
const count = (value: number) => String(value);

export function StatementsPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const totals = useStatementTotals(true);
  const months = totals.data?.months;
  const labels = useMemo(() => (months ?? []).map((m) => formatShortMonth(m.month)), [months]);
  const series = useMemo<BarSeries[]>(
    () => [
      {
        label: t('lists.statements.due'),
        values: (months ?? []).map((m) => m.dueCents / 100),
        colorToken: '--chart-due',
      },
      {
        label: t('lists.statements.recovered'),
        values: (months ?? []).map((m) => m.recoveredCents / 100),
        colorToken: '--chart-recovered',
      },
    ],
    [months, t],
  );
  if (!totals.data || totals.data.months.length === 0) return null;
  return (
    <div className="lists-summary">
      <BarChart
        title={t('lists.statements.chartTitle')}
        description={t('lists.statements.chartDescription')}
        labels={labels}
        series={series}
        format={euros}
        testId="lists-statement-chart"
      />
      {/* A region of its own that scrolls: focusable, so the keyboard can scroll it too. */}
      <div
        className="lists-table-scroll lists-totals"
        tabIndex={0}
        role="region"
        aria-label={t('lists.statements.totalsTitle')}
      >
        <table className="lists-table" data-testid="lists-statement-totals">
          <caption>{t('lists.statements.totalsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lists.columns.month')}</th>
              <th scope="col">{t('lists.columns.legalBasis')}</th>
              <th scope="col" className="numeric">
                {t('lists.statements.due')}
              </th>
              <th scope="col" className="numeric">
                {t('lists.statements.recovered')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.data.byBasis.map((row) => (
              <tr key={`${row.month}-${row.legalBasis}`}>
                <td>{formatMonth(row.month, language)}</td>
                <td>{t(`lists.legalBasis.${row.legalBasis as 'RIS'}`)}</td>
                <td className="numeric">{formatEuros(row.dueCents)}</td>
                <td className="numeric">{formatEuros(row.recoveredCents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function RejectionsPanel() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const [month, setMonth] = useState<string | undefined>(undefined);
  const totals = useRejectionTotals(month, true);
  const frequencies = totals.data?.frequencies;
  const labels = useMemo(() => (frequencies ?? []).map((f) => f.code), [frequencies]);
  const series = useMemo<BarSeries[]>(
    () => [
      {
        label: t('lists.columns.count'),
        values: (frequencies ?? []).map((f) => f.count),
        colorToken: '--chart-codes',
      },
    ],
    [frequencies, t],
  );
  if (!totals.data || totals.data.months.length === 0) return null;
  const shown = month ?? totals.data.months[0];
  return (
    <div className="lists-summary">
      <div className="field">
        <label htmlFor="lists-rejection-month">{t('lists.rejections.month')}</label>
        <select
          id="lists-rejection-month"
          value={shown}
          onChange={(event) => setMonth(event.target.value)}
        >
          {totals.data.months.map((m) => (
            <option key={m} value={m}>
              {formatMonth(m, language)}
            </option>
          ))}
        </select>
      </div>
      <div
        className="lists-table-scroll lists-totals"
        tabIndex={0}
        role="region"
        aria-label={t('lists.rejections.frequencyTitle')}
      >
        <table className="lists-table" data-testid="lists-code-frequencies">
          <caption>{t('lists.rejections.frequencyTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lists.columns.code')}</th>
              <th scope="col">{t('lists.columns.label')}</th>
              <th scope="col" className="numeric">
                {t('lists.columns.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {totals.data.frequencies.map((row) => (
              <tr key={row.code}>
                <td className="mono">{row.code}</td>
                <td>{errorCodeLabel(row.code, t)}</td>
                <td className="numeric">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <BarChart
        title={t('lists.rejections.chartTitle')}
        description={t('lists.rejections.frequencyTitle')}
        labels={labels}
        series={series}
        format={count}
        counts
        testId="lists-code-chart"
      />
    </div>
  );
}
