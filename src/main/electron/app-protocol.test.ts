import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../app';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol';

function servedBy() {
  const root = mkdtempSync(join(tmpdir(), 'inquiry-desk-protocol-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(join(root, 'secret.txt'), 'private');
  let handler: ((request: Request) => Promise<Response>) | undefined;
  serveRenderer(
    { handle: (_scheme: string, h: typeof handler) => (handler = h) } as never,
    rendererDir,
  );
  return (url: string) => handler!(new Request(url));
}

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('serves the renderer with the strict CSP header', async () => {
    const serve = servedBy();
    const response = await serve(`${APP_ORIGIN}/index.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>desk</title>');
  });

  it('serves nothing outside the renderer folder or from another host', async () => {
    const serve = servedBy();
    for (const url of [
      `${APP_ORIGIN}/%2e%2e/secret.txt`,
      `${APP_ORIGIN}/..%2fsecret.txt`,
      'app://other/index.html',
    ]) {
      const response = await serve(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('private');
    }
  });
});
