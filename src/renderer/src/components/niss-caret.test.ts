import { describe, expect, it } from 'vitest';
import { formatNissPartial } from '../../../shared/domain/niss';
import { caretAfterDigits, digitsBefore } from './niss-caret';

describe('caret after formatting', () => {
  it('stays after the digit just typed when a separator is inserted before it', () => {
    // The user typed the 7th digit at the end of '85.07.30' + '0'.
    const typed = '85.07.300';
    const formatted = formatNissPartial(typed);
    expect(formatted).toBe('85.07.30-0');
    expect(caretAfterDigits(formatted, digitsBefore(typed, typed.length))).toBe(formatted.length);
  });

  it('stays in the middle when a digit is inserted there', () => {
    const typed = '85.071.30-033.28'; // '1' typed after '07'
    const caret = 6;
    const formatted = formatNissPartial(typed);
    expect(formatted).toBe('85.07.13-003.32');
    expect(caretAfterDigits(formatted, digitsBefore(typed, caret))).toBe(7);
  });

  it('goes to the start for no digits', () => {
    expect(caretAfterDigits('85.07', 0)).toBe(0);
  });
});
