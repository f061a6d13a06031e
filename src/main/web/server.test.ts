import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DeskHandlers } from '../../shared/api/contract';
import { testHandlers } from '../test/test-handlers';
import { CONTENT_SECURITY_POLICY } from '../csp';
import { startWebHost, type WebHost } from './server';

const quiet = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
const handlers: DeskHandlers = testHandlers();

let host: WebHost;
let rendererDir: string;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'inquiry-desk-web-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  host = await startWebHost({ handlers, rendererDir, logger: quiet });
});

afterAll(() => host.close());

/** Raw HTTP, so the test controls Host and Origin headers exactly. */
function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{
    status: number;
    headers: Record<string, string | string[] | undefined>;
    body: string;
  }>((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  call(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Desk-Token': host.token, ...headers },
    body: JSON.stringify({ input }),
  });

describe('browser host', () => {
  it('listens on loopback only and puts the token in the fragment of its address', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{40,}$/);
  });

  it('answers contract calls that carry the token', async () => {
    const response = await api('getAppInfo', undefined);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: true,
      value: { version: '9', host: 'browser' },
    });
    const update = await api('updatePreferences', { language: 'de' });
    expect(JSON.parse(update.body)).toMatchObject({ ok: true, value: { language: 'de' } });
  });

  it('refuses calls without the token or with a wrong one', async () => {
    for (const token of ['', 'x'.repeat(host.token.length), host.token.slice(1)]) {
      const response = await api('getAppInfo', undefined, { 'X-Desk-Token': token });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHORIZED' },
      });
    }
  });

  it('refuses a foreign Origin and a foreign Host (DNS rebinding), token or not', async () => {
    const foreignOrigin = await api('getAppInfo', undefined, { Origin: 'http://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    const nullOrigin = await api('getAppInfo', undefined, { Origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    const rebinding = await api('getAppInfo', undefined, { Host: `evil.example:${host.port}` });
    expect(rebinding.status).toBe(403);
    const page = await call('/', { headers: { Host: `evil.example:${host.port}` } });
    expect(page.status).toBe(403);
    const ownOrigin = await api('getAppInfo', undefined, { Origin: host.origin });
    expect(ownOrigin.status).toBe(200);
  });

  it('accepts JSON only, and reports bad bodies as typed errors', async () => {
    const form = await call('/api/getAppInfo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Desk-Token': host.token },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const broken = await call('/api/getAppInfo', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Desk-Token': host.token },
      body: '{not json',
    });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await api('dropDatabase', undefined);
    expect(JSON.parse(unknown.body)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    const index = await call('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['content-type']).toContain('text/html');
    const asset = await call('/assets/app.js');
    expect(asset.headers['content-type']).toContain('text/javascript');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const escaped = await call(path);
      expect(escaped.status, path).toBe(404);
      expect(escaped.body).not.toContain('outside the renderer');
    }
  });
});

describe('the CSP', () => {
  it('allows no inline or eval, scripts and styles from the app only', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});
