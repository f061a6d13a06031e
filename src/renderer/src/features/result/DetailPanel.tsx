// Every field of one period, its origin and source service, in a column beside the result; Escape or the close
// button returns where you were.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InquiryItem } from '../../../../shared/domain/inquiry';
import type { Language } from '../../../../shared/domain/preferences';
import { formatDetailValue, formatInquiryPeriod } from '../../../../shared/presentation/format';
import { itemMarkers } from '../../../../shared/presentation/markers';
import { MarkerBadges } from './MarkerBadges';

export function DetailPanel({
  item,
  language,
  onClose,
}: {
  item: InquiryItem;
  language: Language;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const panel = useRef<HTMLElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  // Focus moves into the panel when it opens and back to what opened it when it closes.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onCloseRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Another item chosen while open: the panel follows and says so to a screen reader.
  useEffect(() => {
    panel.current?.focus();
  }, [item.id]);

  const markers = itemMarkers(item, t);
  const detailLabel = (key: string) =>
    i18n.exists(`detail.${key}`) ? t(`detail.${key}` as 'detail.origin') : key;
  return (
    // A region beside the result (not a dialog: nothing else is blocked while it is open).
    <section
      ref={panel}
      className="detail-panel"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-testid="detail-panel"
      data-item-id={item.id}
    >
      <header className="detail-head">
        <div>
          <p className="detail-lane">
            {t(`result.lane.${item.lane}`)}
            {item.subLane && ` › ${t(`result.subLane.${item.subLane}`)}`}
          </p>
          <h2 id={titleId}>{item.label[language] || item.label.fr}</h2>
        </div>
        <button
          type="button"
          className="close-button"
          onClick={onClose}
          aria-label={t('result.panel.close')}
          title={t('result.panel.close')}
          data-testid="detail-close"
        >
          ✕
        </button>
      </header>
      <dl className="detail-list">
        <div>
          <dt>{t('result.panel.period')}</dt>
          <dd>{formatInquiryPeriod(item.begin, item.end, t)}</dd>
        </div>
        <div>
          <dt>{t('result.panel.markers')}</dt>
          <dd>
            {markers.length === 0 ? t('result.panel.none') : <MarkerBadges markers={markers} />}
          </dd>
        </div>
        <div>
          <dt>{t('result.panel.code')}</dt>
          <dd className="mono">{item.code}</dd>
        </div>
        {item.details.map((detail, index) => (
          <div key={`${detail.key}-${index}`} data-detail-key={detail.key}>
            <dt>{detailLabel(detail.key)}</dt>
            <dd>{formatDetailValue(detail, language, t)}</dd>
          </div>
        ))}
        <div>
          <dt>{t('result.panel.source')}</dt>
          <dd>{t(`result.source.${item.source}`)}</dd>
        </div>
      </dl>
    </section>
  );
}
