// The audit by construction: a channel to the BCSS exists only inside an audited try, carries one request, and
// dies with its try; nothing in the client sends by another road.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditedCall, BcssChannel, type BcssCallEvent } from './audited-call';
import type { TransportConfig } from './transport';

const transport = {
  certificate: { pfx: Buffer.alloc(0), passphrase: '' },
  connectTimeoutMs: 10,
  responseTimeoutMs: 10,
  maxResponseBytes: 10,
} satisfies TransportConfig;
const event = {
  service: 'SocialInquiry',
  niss: '',
  legalContext: 'TEST',
  environment: 'test',
} as const;
const request = { url: 'https://127.0.0.1:9/', soapAction: 'x', body: '' };

describe('BCSS channels', () => {
  it('cannot be opened outside auditedCall', () => {
    expect(() => new BcssChannel(Symbol('forged') as never, transport)).toThrow(/auditedCall/);
  });

  it('refuse to send after their try, and carry one request', async () => {
    const rows: BcssCallEvent[] = [];
    let kept: BcssChannel | undefined;
    await auditedCall(
      async (row) => void rows.push(row),
      event,
      transport,
      async (channel) => {
        kept = channel;
        await channel.post(request).catch(() => undefined);
        expect(() => channel.post(request)).toThrow(/one request/);
        return { ticketCBSS: null };
      },
    )();
    expect(rows).toHaveLength(1);
    expect(() => kept!.post(request)).toThrow(/after its audited try/);
  });

  it('a try that throws is recorded with its failure', async () => {
    const rows: BcssCallEvent[] = [];
    await expect(
      auditedCall(
        async (row) => void rows.push(row),
        event,
        transport,
        (channel) => channel.post(request).then(() => ({ ticketCBSS: null })),
      )(),
    ).rejects.toThrow();
    expect(rows).toEqual([expect.objectContaining({ outcome: expect.not.stringMatching(/^OK$/) })]);
  });

  it('only audited-call.ts posts: no other module of the client imports postSoap', () => {
    const dir = import.meta.dirname;
    const posting = readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) => /\bpostSoap\b/.test(readFileSync(join(dir, file), 'utf8')));
    expect(posting.sort()).toEqual(['audited-call.ts', 'transport.ts']);
  });
});
