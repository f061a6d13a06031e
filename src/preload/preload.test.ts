import { describe, expect, it, vi } from 'vitest';
import { DESK_METHODS } from '../shared/contract/contract';

const exposed = vi.hoisted(() => new Map<string, unknown>());
const invoke = vi.hoisted(() => vi.fn(async () => ({ ok: true, value: 'answer' })));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

await import('./index');

describe('preload', () => {
  it('exposes window.desk only, with exactly the contract methods', () => {
    expect([...exposed.keys()]).toEqual(['desk']);
    const desk = exposed.get('desk') as Record<string, unknown>;
    expect(Object.keys(desk).sort()).toEqual([...DESK_METHODS].sort());
    for (const method of DESK_METHODS) expect(typeof desk[method]).toBe('function');
  });

  it('sends each call on its contract channel, with its input', async () => {
    const desk = exposed.get('desk') as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(await desk.updatePreferences!({ language: 'nl' })).toEqual({
      ok: true,
      value: 'answer',
    });
    expect(invoke).toHaveBeenCalledWith('desk:updatePreferences', { language: 'nl' });
  });
});
