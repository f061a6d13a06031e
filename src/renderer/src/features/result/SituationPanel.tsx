// The situation on a date: a date field (dd/mm/yyyy) and "go to date" above the timeline, and what held that day.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Inquiry } from '../../../../shared/domain/inquiry';
import { displayDateToIso, isoToDisplayDate } from '../../../../shared/domain/period';
import type { Language } from '../../../../shared/domain/preferences';
import { situationLines, situationOn } from '../../../../shared/presentation/situation';

export function SituationPanel({
  inquiry,
  date,
  language,
  onDate,
  onGo,
}: {
  inquiry: Inquiry;
  /** ISO day. */
  date: string;
  language: Language;
  onDate: (iso: string) => void;
  /** Moves the timeline to the date. */
  onGo: (iso: string) => void;
}) {
  const { t } = useTranslation();
  const fieldId = useId();
  const [text, setText] = useState(isoToDisplayDate(date));
  // A day picked elsewhere (a click on the axis) shows in the field; adjusted while rendering, not in an effect.
  const [shownFor, setShownFor] = useState(date);
  if (shownFor !== date) {
    setShownFor(date);
    setText(isoToDisplayDate(date));
  }
  const iso = displayDateToIso(text);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const lines = useMemo(
    () => situationLines(situationOn(inquiry.items, date), language, t as unknown as TFunction),
    [inquiry, date, language, t],
  );

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!valid) return;
    onDate(iso);
    onGo(iso);
  }

  return (
    <section className="situation" aria-labelledby={`${fieldId}-title`} data-testid="situation">
      <form className="situation-form" onSubmit={submit}>
        <label htmlFor={fieldId}>{t('answers.situation.date')}</label>
        <input
          id={fieldId}
          type="text"
          inputMode="numeric"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const typed = displayDateToIso(event.target.value);
            if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) onDate(typed);
          }}
          aria-invalid={!valid}
          data-testid="situation-date"
        />
        <button type="submit" className="secondary" data-testid="situation-go" disabled={!valid}>
          {t('answers.situation.go')}
        </button>
        {!valid && (
          <span className="hint" role="status">
            {t('answers.situation.invalid')}
          </span>
        )}
      </form>
      <h2 id={`${fieldId}-title`} className="situation-title" data-testid="situation-title">
        {t('answers.situation.title', { date: isoToDisplayDate(date) })}
      </h2>
      <dl>
        {lines.map((line) => (
          <div key={line.row} className="situation-row" data-testid={`situation-${line.row}`}>
            <dt>{line.title}</dt>
            <dd>
              {line.values.length === 0 ? (
                <span className="hint">{t('answers.situation.none')}</span>
              ) : line.values.length === 1 ? (
                line.values[0]
              ) : (
                <ul>
                  {line.values.map((value, index) => (
                    <li key={index}>{value}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
