import { describe, expect, it } from 'vitest';
import { KEPT_INPUT_KEY, keepInput, readKeptInput } from './kept-input';

function memoryStore() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const PERIOD = { from: '2025-01-01', to: '2025-12-31' };

describe('the start input kept for a reload', () => {
  it('keeps the NISS and the period, never the person’s name', () => {
    const store = memoryStore();
    keepInput(store, { niss: '87.04.12-142.92', period: PERIOD, personName: 'DUPONT Marie' });
    expect(readKeptInput(store)).toEqual({ niss: '87.04.12-142.92', period: PERIOD });
    expect(store.items.get(KEPT_INPUT_KEY)).not.toContain('DUPONT');
  });

  it('keeps the last valid period while a date is being typed', () => {
    const store = memoryStore();
    keepInput(store, { niss: '87', period: PERIOD, personName: '' });
    keepInput(store, { niss: '8704', period: { from: '1/3/2', to: '' }, personName: '' });
    expect(readKeptInput(store)).toEqual({ niss: '8704', period: PERIOD });
    const fresh = memoryStore();
    keepInput(fresh, { niss: '8704', period: { from: '1/3/2', to: '' }, personName: '' });
    expect(readKeptInput(fresh)).toEqual({ niss: '8704', period: null });
  });

  it('ignores what is missing, damaged or not a NISS text', () => {
    const store = memoryStore();
    expect(readKeptInput(store)).toBeNull();
    store.setItem(KEPT_INPUT_KEY, '{not json');
    expect(readKeptInput(store)).toBeNull();
    store.setItem(KEPT_INPUT_KEY, JSON.stringify({ niss: '<script>', period: PERIOD }));
    expect(readKeptInput(store)).toBeNull();
    store.setItem(KEPT_INPUT_KEY, JSON.stringify({ niss: '87', period: { from: 'x', to: 'y' } }));
    expect(readKeptInput(store)).toBeNull();
  });
});
