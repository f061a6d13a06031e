// The register extract view rendered to markup (no DOM needed): test ids, current before history, the history button, an unknown type.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RegisterExtractSupplement } from '../../../../shared/domain/supplements';
import i18n from '../../app/i18n';
import { RegisterExtractView } from './RegisterExtractView';

const day = (value: string) => ({ value, precision: 'day' as const });

function supplement(history: boolean): RegisterExtractSupplement {
  return {
    consultedAt: '2026-11-30T10:00:00.000Z',
    calls: [{ ticket: 't-1', ticketCBSS: 'c-1' }],
    extract: {
      found: true,
      replacedBy: null,
      history,
      informationTypes: [
        ...(history
          ? [
              {
                code: '031',
                group: 'Nationalities',
                date: day('1990-01-01'),
                endDate: day('2019-03-03'),
                fields: [{ name: 'Nationality', value: '354', label: 'Maroc' }],
                current: false,
              },
            ]
          : []),
        {
          code: '031',
          group: 'Nationalities',
          date: day('2019-03-04'),
          endDate: null,
          fields: [{ name: 'Nationality', value: '150', label: 'Belgique' }],
          current: true,
        },
        {
          code: '001',
          group: 'Residences',
          date: { value: '2019-07', precision: 'month' },
          endDate: null,
          fields: [{ name: 'Municipality', value: '62063', label: 'Liège' }],
          current: true,
        },
        {
          code: '777',
          group: 'SomethingNew',
          date: { value: '2019', precision: 'year' },
          endDate: null,
          fields: [{ name: 'Foo.Bar', value: 'baz' }],
          current: true,
        },
      ],
    },
  };
}

const render = (history: boolean, loadingHistory = false) =>
  renderToStaticMarkup(
    createElement(RegisterExtractView, {
      supplement: supplement(history),
      onShowHistory: () => undefined,
      loadingHistory,
    }),
  );

describe('RegisterExtractView', () => {
  it('shows the groups in reading order, an unknown type generically, incomplete dates as such', async () => {
    await i18n.changeLanguage('fr');
    const html = render(false);
    expect(html).toContain('data-testid="register-extract-view"');
    const codes = [
      ...html.matchAll(/data-testid="extract-group" data-code="(\d+)" data-known="(\w+)"/g),
    ];
    expect(codes.map((m) => [m[1], m[2]])).toEqual([
      ['001', 'true'],
      ['031', 'true'],
      ['777', 'false'],
    ]);
    expect(html).toContain('SomethingNew');
    expect(html).toContain('Foo.Bar');
    expect(html).toContain('07/2019');
    expect(html).toContain('en cours');
    expect(html).toContain('data-testid="extract-timeline"');
  });

  it('offers the history when it was not asked for, disabled while it loads', async () => {
    await i18n.changeLanguage('nl');
    const idle = render(false);
    expect(idle).toMatch(
      /<button type="button" data-testid="extract-history"[^>]*>Historiek tonen<\/button>/,
    );
    expect(render(false, true)).toMatch(/data-testid="extract-history" disabled=""[^>]*>Laden…</);
    expect(idle).toContain('lopend');
  });

  it('lists current values before history when consulted with history, and has no history button', async () => {
    await i18n.changeLanguage('de');
    const html = render(true);
    expect(html).not.toContain('data-testid="extract-history"');
    const nationality = html.slice(
      html.indexOf('data-code="031"'),
      html.indexOf('data-code="777"'),
    );
    const flags = [
      ...nationality.matchAll(/data-testid="extract-entry" data-current="(\w+)"/g),
    ].map((m) => m[1]);
    expect(flags).toEqual(['true', 'false']);
    expect(nationality).toContain('laufend');
    expect(nationality.indexOf('Belgique')).toBeLessThan(nationality.indexOf('Maroc'));
  });
});
