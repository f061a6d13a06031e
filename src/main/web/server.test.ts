import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DeskHandlers } from '../../shared/contract/contract';
import { testHandlers } from '../../test-support/handlers';
import { CONTENT_SECURITY_POLICY } from '../app';
import { startWebHost, type WebHost } from './server';
import { createReportPages, REPORT_PAGE_CSP } from './report-pages';

const quiet = { error: vi.fn(), warn: vi.fn(), info: vi.fn() };
const handlers: DeskHandlers = testHandlers();

let host: WebHost;
let rendererDir: string;
const reportPages = createReportPages();

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'inquiry-desk-web-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the renderer');
  host = await startWebHost({ handlers, rendererDir, logger: quiet, reportPages });
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

describe('the report print page', () => {
  it('is served once, with a CSP that allows its inline styles and no script at all', async () => {
    const path = reportPages.put('<!DOCTYPE html><style>h1{}</style><h1>85.07.30-033.28</h1>');
    expect(path).toMatch(/^\/report-print\/[\w-]{32}$/);
    const first = await call(path);
    expect(first.status).toBe(200);
    expect(first.body).toContain('85.07.30-033.28');
    expect(first.headers['content-security-policy']).toBe(REPORT_PAGE_CSP);
    expect(REPORT_PAGE_CSP).not.toMatch(/script-src|unsafe-eval/);
    expect(first.headers['cache-control']).toBe('no-store');
    const again = await call(path);
    expect(again.status).toBe(404);
    expect(again.body).not.toContain('85.07.30');
    expect((await call('/report-print/guessed')).status).toBe(404);
  });

  it('forgets a page nobody opened in time', () => {
    let now = 0;
    const pages = createReportPages({ ttlMs: 1000, now: () => now });
    const path = pages.put('<p>late</p>');
    now = 1000;
    expect(pages.take(path)).toBeNull();
    const fresh = pages.put('<p>in time</p>');
    now = 1999;
    expect(pages.take(fresh)).toBe('<p>in time</p>');
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

describe('browser host answers are never cached, and big bodies are refused early', () => {
  it('says no-store on every answer: API, refusals of method, origin and token, static files, 404', async () => {
    const answers = await Promise.all([
      api('getAppInfo', undefined),
      call('/api/getAppInfo', { headers: { 'X-Desk-Token': host.token } }),
      api('getAppInfo', undefined, { 'X-Desk-Token': 'wrong' }),
      call('/api/getAppInfo', { method: 'POST', headers: { Host: 'evil.example' } }),
      call('/'),
      call('/assets/app.js'),
      call('/no-such-file'),
      call('/', { method: 'DELETE' }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 405, 401, 403, 200, 200, 404, 405]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('refuses a body whose declared length is over the limit before reading it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/getAppInfo',
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Desk-Token': host.token,
            'Content-Length': String(64 * 1024 * 1024),
          },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // One byte of the 64 MB announced: the answer comes without the rest ever being sent.
      req.write('{');
    });
    expect(status).toBe(413);
  });

  it('refuses a chunked body once it grows past the limit', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/getAppInfo',
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Desk-Token': host.token },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', () => undefined);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      // Past the 4 MB limit, then the stream stays open: the refusal must not wait for its end.
      for (let i = 0; i < 6; i++) req.write(chunk);
      setTimeout(() => reject(new Error('no answer to an oversized chunked body')), 10_000).unref();
    });
    expect(status).toBe(413);
  });
});

describe('warming up after the page', () => {
  it('calls onPageReady once, after the first API answer, not for the page files nor a refused call', async () => {
    const onPageReady = vi.fn();
    const own = await startWebHost({ handlers, rendererDir, logger: quiet, onPageReady });
    try {
      const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
        new Promise<number>((resolve, reject) => {
          const req = httpRequest(
            { host: '127.0.0.1', port: own.port, path, method, headers },
            (res) => {
              res.resume();
              res.on('end', () => resolve(res.statusCode ?? 0));
            },
          );
          req.on('error', reject);
          req.end(method === 'POST' ? JSON.stringify({ input: undefined }) : undefined);
        });
      const post = (token: string) =>
        get(
          '/api/getAppInfo',
          { 'Content-Type': 'application/json', 'X-Desk-Token': token },
          'POST',
        );
      expect(await get('/')).toBe(200);
      expect(await get('/assets/app.js')).toBe(200);
      expect(await post('wrong')).toBe(401);
      expect(onPageReady).not.toHaveBeenCalled();
      expect(await post(own.token)).toBe(200);
      await vi.waitFor(() => expect(onPageReady).toHaveBeenCalledTimes(1));
      expect(await post(own.token)).toBe(200);
      expect(onPageReady).toHaveBeenCalledTimes(1);
    } finally {
      await own.close();
    }
  });
});
