// The start screen: NISS and period of a new inquiry; submit stays disabled until both are valid.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNiss } from '../../../shared/niss';
import { checkPeriod, defaultPeriod, type Period } from '../../../shared/period';
import type { Preferences } from '../../../shared/preferences';
import { NissField } from '../components/NissField';
import { PeriodField } from '../components/PeriodField';

export function StartScreen({ preferences }: { preferences: Preferences }) {
  const { t } = useTranslation();
  const [niss, setNiss] = useState('');
  const [period, setPeriod] = useState<Period>(() =>
    defaultPeriod(new Date(), preferences.defaultPeriodMonths),
  );
  const [submitted, setSubmitted] = useState(false);
  const ready = parseNiss(niss).ok && checkPeriod(period.from, period.to).ok;

  return (
    <section className="card start-screen" aria-labelledby="start-title">
      <h1 id="start-title">{t('start.title')}</h1>
      <p className="intro">{t('start.intro')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) setSubmitted(true);
        }}
      >
        <NissField
          value={niss}
          onChange={(text) => {
            setNiss(text);
            setSubmitted(false);
          }}
        />
        <PeriodField
          value={period}
          onChange={(next) => {
            setPeriod(next);
            setSubmitted(false);
          }}
        />
        <div className="actions">
          <button type="submit" className="primary" disabled={!ready} data-testid="submit-inquiry">
            {t('start.submit')}
          </button>
          {!ready && <span className="hint">{t('start.submitDisabled')}</span>}
        </div>
        {submitted && (
          <div className="message message-info" role="status">
            {t('start.notYetAvailable')}
          </div>
        )}
      </form>
    </section>
  );
}
