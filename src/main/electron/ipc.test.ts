import { describe, expect, it, vi } from 'vitest';
import { DESK_METHODS, type DeskHandlers } from '../../shared/contract/contract';
import { DEFAULT_PREFERENCES } from '../../shared/domain/preferences';
import { testHandlers } from '../../test-support/handlers';
import { bindDeskApi, isTrustedSender } from './ipc';

const handlers: DeskHandlers = testHandlers(
  { updatePreferences: vi.fn((patch) => ({ ...DEFAULT_PREFERENCES, ...patch })) },
  { host: 'electron', platform: 'win32' },
);

function bound() {
  const channels = new Map<string, (event: unknown, input: unknown) => unknown>();
  bindDeskApi(
    { handle: (channel: string, fn: never) => channels.set(channel, fn) } as never,
    handlers,
    ['app://bundle'],
  );
  return channels;
}

const topFrame = (url: string) => ({ senderFrame: { url, parent: null } });

describe('IPC binding', () => {
  it('binds every contract method, and nothing else', () => {
    expect([...bound().keys()].sort()).toEqual(DESK_METHODS.map((m) => `desk:${m}`).sort());
  });

  it('answers the app top frame through the contract', async () => {
    const call = bound().get('desk:updatePreferences')!;
    expect(await call(topFrame('app://bundle/index.html'), { language: 'nl' })).toMatchObject({
      ok: true,
      value: { language: 'nl' },
    });
    expect(await call(topFrame('app://bundle/index.html'), { language: 'xx' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  });

  it('refuses a foreign page, an iframe and an unknown sender', async () => {
    const call = bound().get('desk:updatePreferences')!;
    vi.mocked(handlers.updatePreferences).mockClear();
    const senders = [
      topFrame('https://evil.example/'),
      topFrame('file:///C:/Users/x/evil.html'),
      { senderFrame: { url: 'app://bundle/index.html', parent: {} } },
      { senderFrame: null },
    ];
    for (const event of senders) {
      expect(await call(event, { language: 'nl' })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN_ORIGIN' },
      });
    }
    expect(handlers.updatePreferences).not.toHaveBeenCalled();
  });

  it('judges senders by origin, not by prefix', () => {
    expect(
      isTrustedSender({ url: 'app://bundle.evil/index.html', parent: null } as never, [
        'app://bundle',
      ]),
    ).toBe(false);
    expect(isTrustedSender({ url: 'not a url', parent: null } as never, ['app://bundle'])).toBe(
      false,
    );
  });
});
