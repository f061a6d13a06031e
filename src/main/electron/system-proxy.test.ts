import { describe, expect, it, vi } from 'vitest';
import { parseProxyRules, resolveSystemProxy, systemProxyResolver } from './system-proxy';

describe('system proxy (session.resolveProxy)', () => {
  it('reads DIRECT, PROXY and HTTPS answers, the first usable entry winning', () => {
    expect(parseProxyRules('DIRECT')).toEqual({ kind: 'direct' });
    expect(parseProxyRules('PROXY proxy.cpas.local:8080; DIRECT')).toEqual({
      kind: 'proxy',
      url: 'http://proxy.cpas.local:8080',
    });
    expect(parseProxyRules('HTTPS secure-proxy:443')).toEqual({
      kind: 'proxy',
      url: 'https://secure-proxy:443',
    });
    expect(parseProxyRules('SOCKS5 socks:1080; PROXY 10.1.2.3:3128')).toEqual({
      kind: 'proxy',
      url: 'http://10.1.2.3:3128',
    });
    expect(parseProxyRules('SOCKS5 socks:1080')).toEqual({ kind: 'direct' });
    expect(parseProxyRules('')).toEqual({ kind: 'direct' });
  });

  it('asks the session for the very URL of the call', async () => {
    const session = { resolveProxy: vi.fn(async () => 'PROXY wpad-proxy:8080') };
    const url = 'https://services.ksz-bcss.fgov.be/SOA4520/SocialInquiry';
    expect(await resolveSystemProxy(session, url)).toEqual({
      kind: 'proxy',
      url: 'http://wpad-proxy:8080',
    });
    expect(session.resolveProxy).toHaveBeenCalledWith(url);
  });

  it('goes direct when the PAC script fails, as Chromium does', async () => {
    const session = {
      resolveProxy: vi.fn(async () => Promise.reject(new Error('PAC script failed'))),
    };
    expect(await resolveSystemProxy(session, 'https://example.test/')).toEqual({ kind: 'direct' });
  });
});

describe('the resolver handed to the composition', () => {
  it('answers the proxy URL Chromium names, or DIRECT', async () => {
    const answers: Record<string, string> = {
      'https://a.example/': 'PROXY wpad-proxy:8080; DIRECT',
      'https://b.example/': 'DIRECT',
      'https://c.example/': 'SOCKS5 socks:1080',
    };
    const resolve = systemProxyResolver({ resolveProxy: async (url: string) => answers[url]! });
    expect(await resolve('https://a.example/')).toBe('http://wpad-proxy:8080');
    expect(await resolve('https://b.example/')).toBe('DIRECT');
    expect(await resolve('https://c.example/')).toBe('DIRECT');
  });
});
