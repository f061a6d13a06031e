// The NISS input: formats as you type, says at once whether the number is valid, of which kind, and why not.
import type { TFunction } from 'i18next';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  compactNiss,
  formatNissPartial,
  parseNiss,
  type ParsedNiss,
} from '../../../shared/domain/niss';
import { caretAfterDigits, digitsBefore } from './niss-caret';

const TYPABLE = /^[\d.\-\s/]*$/;

export function NissField({
  value,
  onChange,
}: {
  value: string;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);

  function handleChange(event: React.ChangeEvent<HTMLInputElement>) {
    const typed = event.target.value;
    // Other characters are kept as typed, so the field can say what is wrong instead of eating them.
    if (!TYPABLE.test(typed)) {
      onChange(typed);
      return;
    }
    const formatted = formatNissPartial(typed);
    const caret = caretAfterDigits(
      formatted,
      digitsBefore(typed, event.target.selectionStart ?? typed.length),
    );
    onChange(formatted);
    requestAnimationFrame(() => input.current?.setSelectionRange(caret, caret));
  }

  const feedback = describe(value, t as unknown as T);
  return (
    <div className="field niss-field">
      <label htmlFor={id}>{t('niss.label')}</label>
      <input
        id={id}
        ref={input}
        className="niss-input"
        name="niss"
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('niss.placeholder')}
        value={value}
        onChange={handleChange}
        aria-invalid={feedback.tone === 'error'}
        aria-describedby={`${id}-feedback`}
        data-testid="niss-input"
      />
      <p
        id={`${id}-feedback`}
        className={`feedback feedback-${feedback.tone}`}
        aria-live="polite"
        data-testid="niss-feedback"
      >
        {feedback.lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </p>
    </div>
  );
}

type Tone = 'neutral' | 'valid' | 'error';
// i18next's TFunction, as elsewhere: the hook's own return type makes the compiler instantiate the whole
// catalogue's key union once more, past its depth limit as the catalogue grows.
type T = TFunction;

function describe(text: string, t: T): { tone: Tone; lines: string[] } {
  if (text.trim() === '') return { tone: 'neutral', lines: [t('niss.help')] };
  const parsed = parseNiss(text);
  if (parsed.ok) {
    return {
      tone: 'valid',
      lines: [
        `${t('niss.valid')} · ${t(`niss.kind.${parsed.kind}`)}`,
        `${birthText(parsed, t)}, ${t(`niss.sex.${parsed.sex ?? 'unknown'}`)}`,
      ],
    };
  }
  const digits = compactNiss(text).length;
  // While the number is still being typed, a short length is information, not an error.
  const typing = parsed.reason === 'length' && digits < 11 && TYPABLE.test(text);
  return {
    tone: typing ? 'neutral' : 'error',
    lines: [t(`niss.invalid.${parsed.reason}`, { count: digits })],
  };
}

function birthText(parsed: Extract<ParsedNiss, { ok: true }>, t: T): string {
  const date = parsed.birthDate;
  if (date === null) return t('niss.birth.unknown');
  const [year = '', month, day] = date.split('-');
  if (day && month) return t('niss.birth.full', { date: `${day}/${month}/${year}` });
  if (month) return t('niss.birth.month', { month, year: year ?? '' });
  return t('niss.birth.year', { year: year ?? '' });
}
