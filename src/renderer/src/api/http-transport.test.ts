import { describe, expect, it, vi } from 'vitest';
import { createHttpTransport, takeToken } from './http-transport';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

describe('browser-host transport', () => {
  it('takes the token from the fragment once, keeps it for the tab and clears the address bar', () => {
    const storage = memoryStorage();
    const history = { replaceState: vi.fn() } as unknown as History;
    const first = { hash: '#token=abc-123', pathname: '/', search: '' } as Location;
    expect(takeToken(first, storage, history)).toBe('abc-123');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/');
    const reload = { hash: '', pathname: '/', search: '' } as Location;
    expect(takeToken(reload, storage, history)).toBe('abc-123');
    expect(takeToken(reload, memoryStorage(), history)).toBeNull();
  });

  it('posts the call with the token and returns the typed result', async () => {
    const fetchImpl = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: 42 })));
    const transport = createHttpTransport('tok', fetchImpl as unknown as typeof fetch);
    expect(await transport('getAppInfo', undefined)).toEqual({ ok: true, value: 42 });
    expect(fetchImpl).toHaveBeenCalledWith(
      '/api/getAppInfo',
      expect.objectContaining({ method: 'POST' }),
    );
    const init = (fetchImpl.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>)['X-Desk-Token']).toBe('tok');
  });

  it('turns a dead host into a typed error', async () => {
    const transport = createHttpTransport('tok', (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch);
    expect(await transport('getAppInfo', undefined)).toEqual({
      ok: false,
      error: { code: 'HOST_UNREACHABLE', messageKey: 'errors.hostUnreachable' },
    });
  });
});
