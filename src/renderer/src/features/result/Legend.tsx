// What the swimlanes' marks mean; the marker texts are those the items and rows carry.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function Legend({ view }: { view: 'timeline' | 'table' }) {
  const { t } = useTranslation();
  // Open on tall screens; on a laptop the lanes matter more (one click opens it).
  const [openAtFirst] = useState(() => window.innerHeight >= 860);
  return (
    <details className="legend" open={openAtFirst} data-testid="legend">
      <summary>{t('result.legend.title')}</summary>
      <ul>
        {view === 'timeline' && (
          <>
            <li>
              <span className="legend-swatch swatch-requested" aria-hidden="true" />
              {t('result.legend.requested')}
            </li>
            <li>
              <span className="legend-swatch swatch-today" aria-hidden="true" />
              {t('result.legend.today')}
            </li>
            <li>
              <span className="legend-swatch swatch-open" aria-hidden="true" />
              {t('result.legend.open')}
            </li>
            <li>
              <span className="legend-swatch swatch-incomplete" aria-hidden="true" />
              {t('result.legend.incomplete')}
            </li>
          </>
        )}
        <li>
          <span className="tl-badge tl-badge-blocked">{t('result.marker.blocked')}</span>
          {t('result.legend.blocked')}
        </li>
        <li>
          <span className="tl-badge tl-badge-fraud">{t('result.marker.fraud')}</span>
          {t('result.legend.fraud')}
        </li>
        <li>
          <span className="tl-badge tl-badge-mainBeneficiary">
            {t('result.marker.mainBeneficiary')}
          </span>
          <span className="tl-badge tl-badge-partner">{t('result.marker.partner')}</span>
          {t('result.legend.roles')}
        </li>
        <li>
          <span className="tl-badge tl-badge-parentProcedure">
            {t('result.marker.parentProcedure')}
          </span>
          {t('result.legend.parent')}
        </li>
      </ul>
      <p className="legend-hint">
        {view === 'timeline' ? t('result.legend.hint') : t('result.view.tableHint')}
      </p>
    </details>
  );
}
