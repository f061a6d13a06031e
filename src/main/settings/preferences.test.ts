import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConfStore } from './conf-store';
import { createPreferencesService } from './preferences';

function freshDir() {
  return mkdtempSync(join(tmpdir(), 'inquiry-desk-prefs-'));
}

describe('preferences', () => {
  it('start from the defaults: French, 12 months, the requested period as zoom', () => {
    const service = createPreferencesService(createConfStore(freshDir()));
    expect(service.get()).toEqual({
      language: 'fr',
      defaultPeriodMonths: 12,
      defaultZoom: 'period',
      firstRunDone: false,
    });
  });

  it('keep an update across a new store on the same directory (a restart)', () => {
    const dir = freshDir();
    createPreferencesService(createConfStore(dir)).update({ language: 'nl' });
    expect(createPreferencesService(createConfStore(dir)).get().language).toBe('nl');
    const file = JSON.parse(readFileSync(join(dir, 'preferences.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(file.language).toBe('nl');
  });

  it('refuse an invalid value and keep the stored one', () => {
    const dir = freshDir();
    const service = createPreferencesService(createConfStore(dir));
    service.update({ language: 'de' });
    expect(() => service.update({ defaultPeriodMonths: 0 })).toThrow();
    expect(service.get()).toEqual({
      language: 'de',
      defaultPeriodMonths: 12,
      defaultZoom: 'period',
      firstRunDone: false,
    });
  });

  it('fall back to the default for a value edited by hand into nonsense', () => {
    const dir = freshDir();
    writeFileSync(
      join(dir, 'preferences.json'),
      JSON.stringify({ language: 'fr', defaultPeriodMonths: 6 }),
    );
    const store = createConfStore(dir);
    const service = createPreferencesService({
      get: (key) => (key === 'language' ? 'klingon' : store.get(key)),
      set: store.set.bind(store),
    });
    expect(service.get()).toEqual({
      language: 'fr',
      defaultPeriodMonths: 6,
      defaultZoom: 'period',
      firstRunDone: false,
    });
  });

  it('keep the default zoom, and refuse a zoom that does not exist', () => {
    const dir = freshDir();
    createPreferencesService(createConfStore(dir)).update({ defaultZoom: 'fiveYears' });
    const service = createPreferencesService(createConfStore(dir));
    expect(service.get().defaultZoom).toBe('fiveYears');
    expect(() => service.update({ defaultZoom: 'decade' as never })).toThrow();
    expect(service.get().defaultZoom).toBe('fiveYears');
  });
});
