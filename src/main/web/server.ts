// The browser host: the DeskApi over HTTP on 127.0.0.1, guarded by a per-launch token and Host/Origin checks.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { DeskHandlers } from '../../shared/contract/contract';
import { fail, type DeskResult } from '../../shared/contract/errors';
import { dispatch, type Logger, SECURITY_HEADERS, readRendererFile } from '../app';
import { REPORT_PAGE_CSP, REPORT_PAGE_PREFIX, type ReportPages } from './report-pages';

export const TOKEN_HEADER = 'x-desk-token';
export const API_PREFIX = '/api/';
// A PKCS#12 import travels base64-encoded (up to 1 MiB of file, a third more in base64).
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface WebHostOptions {
  handlers: DeskHandlers;
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  token?: string;
  logger?: Logger;
  /** The print pages of the report (printInquiry), served once each. */
  reportPages?: ReportPages;
  /**
   * Called once, when the first API answer has gone out: the page has loaded and is running. The host warms
   * what the first page does not need from then on, so that work never delays the page itself.
   */
  onPageReady?: () => void;
}

export interface WebHost {
  /** The address to open: carries the token in the fragment, which browsers never send to a server. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const logger = options.logger ?? console;
  let allowedHosts = new Set<string>();
  let pageReady = options.onPageReady;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error('[web-host] request failed', error);
      if (!response.headersSent) sendJson(response, 500, internalError());
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // Nothing this host answers may be kept by a cache: answers carry personal data, refusals included.
    response.setHeader('Cache-Control', 'no-store');
    // DNS rebinding: a page of another site resolved to 127.0.0.1 still sends its own Host name.
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendJson(
        response,
        403,
        fail({ code: 'FORBIDDEN_ORIGIN', messageKey: 'errors.forbiddenOrigin' }),
      );
      return;
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
    if (url.pathname.startsWith(API_PREFIX)) {
      await handleApi(request, response, url.pathname.slice(API_PREFIX.length));
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', ...SECURITY_HEADERS }).end();
      return;
    }
    if (url.pathname.startsWith(REPORT_PAGE_PREFIX)) {
      sendReportPage(response, options.reportPages?.take(url.pathname) ?? null);
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400, SECURITY_HEADERS).end();
      return;
    }
    const file = await readRendererFile(options.rendererDir, path);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Cache-Control': 'no-store',
      ...SECURITY_HEADERS,
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string) {
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.has(originHost(origin))) {
      sendJson(
        response,
        403,
        fail({ code: 'FORBIDDEN_ORIGIN', messageKey: 'errors.forbiddenOrigin' }),
      );
      return;
    }
    if (!tokenMatches(request.headers[TOKEN_HEADER], token)) {
      sendJson(response, 401, fail({ code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' }));
      return;
    }
    if (request.method !== 'POST') {
      response.writeHead(405, { Allow: 'POST', ...SECURITY_HEADERS }).end();
      return;
    }
    // Only JSON: a cross-site form post cannot set this content type without a CORS preflight.
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(response, 415, fail({ code: 'INVALID_INPUT', messageKey: 'errors.invalidInput' }));
      return;
    }
    // A declared length over the limit is refused before a byte of the body is read.
    const declared = Number(request.headers['content-length'] ?? 0);
    const body = declared > MAX_BODY_BYTES ? null : await readBody(request);
    if (body === null) {
      response.setHeader('Connection', 'close');
      sendJson(response, 413, fail({ code: 'INVALID_INPUT', messageKey: 'errors.invalidInput' }));
      return;
    }
    let input: unknown;
    try {
      const envelope = (body.length ? JSON.parse(body) : {}) as { input?: unknown };
      input = envelope.input;
    } catch {
      sendJson(response, 400, fail({ code: 'INVALID_INPUT', messageKey: 'errors.invalidInput' }));
      return;
    }
    const result = await dispatch(options.handlers, method, input, logger);
    sendJson(response, 200, result);
    if (pageReady) {
      const ready = pageReady;
      pageReady = undefined;
      response.once('finish', ready);
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
  const origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The report page's unguessable one-use address stands in for the token, which a GET cannot carry. */
function sendReportPage(response: ServerResponse, html: string | null): void {
  if (html === null) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    response.end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    // Same origin and same COOP as the app, so the app's page that opened it can call its print().
    ...SECURITY_HEADERS,
    'Content-Security-Policy': REPORT_PAGE_CSP,
  });
  response.end(html);
}

function originHost(origin: string): string {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' ? url.host : '';
  } catch {
    return '';
  }
}

function tokenMatches(presented: string | string[] | undefined, expected: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      else if (!tooLarge) {
        // A chunked body that grows past the limit: answered at once, the rest not read.
        tooLarge = true;
        chunks.length = 0;
        request.pause();
        resolve(null);
      }
    });
    request.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

function internalError(): DeskResult<never> {
  return fail({ code: 'INTERNAL', messageKey: 'errors.internal' });
}

function sendJson(response: ServerResponse, status: number, result: DeskResult<unknown>): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  response.end(JSON.stringify(result));
}
