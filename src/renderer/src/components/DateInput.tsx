// A date typed as dd/mm/yyyy, the Belgian way, whatever the OS locale; reports ISO (or the raw text when invalid).
import { useState } from 'react';
import { displayDateToIso, isoToDisplayDate } from '../../../shared/domain/period';

interface DateInputProps {
  value: string;
  onChange: (isoOrRaw: string) => void;
  placeholder: string;
  invalid: boolean;
  describedBy: string;
  testId: string;
  label: string;
}

export function DateInput({
  value,
  onChange,
  placeholder,
  invalid,
  describedBy,
  testId,
  label,
}: DateInputProps) {
  const [text, setText] = useState(() => isoToDisplayDate(value) || value);

  // A preset changes the value from outside: show it, unless the text already means the same date.
  // (Adjusted during render, as React recommends, rather than in an effect.)
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    if (displayDateToIso(text) !== value) setText(isoToDisplayDate(value) || value);
  }

  return (
    <label>
      <span>{label}</span>
      <input
        className="date-input"
        inputMode="numeric"
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          onChange(displayDateToIso(event.target.value));
        }}
        onBlur={() => {
          const iso = displayDateToIso(text);
          if (isoToDisplayDate(iso)) setText(isoToDisplayDate(iso));
        }}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        data-testid={testId}
      />
    </label>
  );
}
