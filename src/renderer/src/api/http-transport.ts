// The browser host's transport: the contract over HTTP, with the per-launch token of the page address.
import type { DeskTransport } from '../../../shared/contract/client';
import { fail, type DeskResult } from '../../../shared/contract/errors';

const TOKEN_KEY = 'inquiry-desk-token';

/** Takes the token from '#token=…' once, keeps it for this tab only, and clears it from the address bar. */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    storage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return storage.getItem(TOKEN_KEY);
}

export function createHttpTransport(
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): DeskTransport {
  return async (method, input) => {
    try {
      const response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Desk-Token': token ?? '' },
        body: JSON.stringify({ input }),
      });
      return (await response.json()) as DeskResult<unknown>;
    } catch {
      return fail({ code: 'HOST_UNREACHABLE', messageKey: 'errors.hostUnreachable' });
    }
  };
}
