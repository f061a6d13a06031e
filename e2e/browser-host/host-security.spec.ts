// The browser host's door: the token, the Host and Origin checks, the CSP.
import { expect, startHost, test } from '../support/browser-host';
import { Desk } from '../pages/desk';

test('an API call without the token is refused', async ({ host, request }) => {
  const response = await request.post(`${host.current.origin}/api/getAppInfo`, {
    headers: { 'Content-Type': 'application/json' },
    data: {},
  });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
});

test('an API call with the token answers the contract', async ({ host, request }) => {
  const response = await request.post(`${host.current.origin}/api/getAppInfo`, {
    headers: { 'Content-Type': 'application/json', 'X-Desk-Token': host.current.token },
    data: {},
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    ok: true,
    value: { host: 'browser', environment: 'demo' },
  });
});

test('a call from a foreign Origin is refused, even with the token', async ({ host, request }) => {
  const response = await request.post(`${host.current.origin}/api/getPreferences`, {
    headers: {
      'Content-Type': 'application/json',
      'X-Desk-Token': host.current.token,
      Origin: 'http://evil.example',
    },
    data: {},
  });
  expect(response.status()).toBe(403);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_ORIGIN' } });
});

test('a request with a foreign Host (DNS rebinding) is refused', async ({ host, request }) => {
  const port = new URL(host.current.origin).port;
  const response = await request.get(`${host.current.origin}/`, {
    headers: { Host: `rebind.example:${port}` },
  });
  expect(response.status()).toBe(403);
});

test('the page is served with a strict CSP and a page without the token cannot call', async ({
  host,
  page,
}) => {
  const response = await page.goto(`${host.current.origin}/`);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("style-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  await expect(page.getByRole('alert')).toContainText('Accès refusé');
});

test('the token leaves the address bar once read', async ({ host, page }) => {
  const desk = new Desk(page);
  await desk.open(host.current.url);
  expect(page.url()).not.toContain('token');
  await page.reload();
  await expect(desk.start.niss).toBeVisible();
});

test('a second host on the same data folder refuses to start and says where the first runs', async ({
  host,
}) => {
  const second = await startHost(host.dataDir).then(
    async (started) => {
      await started.stop();
      return null;
    },
    (error: unknown) => String(error),
  );
  expect(second).toContain('already running on the data folder');
  expect(second).toContain(host.current.origin);
  expect(second).not.toContain(host.current.token);
});
