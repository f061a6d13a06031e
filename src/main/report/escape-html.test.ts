import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html';
import { HOSTILE } from '../../test-support/report-context';

describe('escapeHtml', () => {
  it('turns markup into text', () => {
    expect(escapeHtml(HOSTILE.script)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(HOSTILE.attribute)).toBe('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
  });

  it('escapes both quotes, so a value cannot leave a quoted attribute', () => {
    expect(escapeHtml(`a"b'c`)).toBe('a&quot;b&#39;c');
  });

  it('escapes the ampersand first, so entities in data stay as typed', () => {
    expect(escapeHtml('&lt; & &amp;')).toBe('&amp;lt; &amp; &amp;amp;');
  });

  it('leaves other text, accents and symbols alone', () => {
    expect(escapeHtml('Liège – ⊘ bloqué ⚠ 01/02/2024')).toBe('Liège – ⊘ bloqué ⚠ 01/02/2024');
  });
});
