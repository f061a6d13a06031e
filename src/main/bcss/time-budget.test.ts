// Each BCSS call's time budget, every try and wait included (gateway.ts): the wait between tries ends with it, a
// user's cancel stays a cancel. A hanging server stopped by the budget is a case of the hostile-server suite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConnectProxy } from '../../test-support/connect-proxy';
import {
  demoEndpoint,
  startSimulator,
  testPki,
  type DemoPki,
  type Simulator,
} from '../../test-support/simulator';
import { ECHO_SERVICE, PING_ENVELOPE } from '../../test-support/echo-service';
import type { BcssCallEvent } from './audited-call';
import { createBcssGateway, type BcssEndpoint } from './gateway';
import { TransportFailure } from './transport';


let pki: DemoPki;
let simulator: Simulator;

beforeAll(async () => {
  pki = await testPki();
  simulator = await startSimulator({ services: [ECHO_SERVICE], pki });
}, 120_000);
afterAll(() => simulator.close());

function gatewayFor(options: {
  url?: string;
  fault?: string;
  budgetMs: number;
  responseTimeoutMs: number;
  retry: { attempts: number; baseDelayMs: number };
}) {
  const rows: BcssCallEvent[] = [];
  const endpoint: BcssEndpoint = {
    ...demoEndpoint(options.url ?? simulator.url, pki, {
      connectTimeoutMs: 3000,
      responseTimeoutMs: options.responseTimeoutMs,
      maxResponseBytes: 1024 * 1024,
    }),
    headers: options.fault ? { 'X-Simulator-Fault': options.fault } : undefined,
  };
  const gateway = createBcssGateway({
    endpoint: async () => endpoint,
    onBcssCall: async (event) => void rows.push(event),
    budgetMs: options.budgetMs,
    retry: options.retry,
  });
  const call = async (signal?: AbortSignal) => {
    const deadlines: number[] = [];
    const session = await gateway.open();
    return session
      .call(
        { service: 'SocialInquiry', niss: '', legalContext: 'TEST' },
        async (line, context) => {
          await line.channel.post({
            url: `${options.url ?? simulator.url}/echo`,
            soapAction: 'urn:echo',
            body: PING_ENVELOPE,
            // The service passes its own (the user's) signal; the budget reaches the request all the same.
            signal: context.signal,
            headers: line.headers,
          });
          return { ticketCBSS: null };
        },
        { signal, onDeadline: (at, total) => void deadlines.push(at, total) },
      )
      .then(
        () => ({ failure: null, deadlines }),
        (error: unknown) => ({ failure: error as TransportFailure, deadlines }),
      );
  };
  return { call, rows };
}

describe('a BCSS call’s time budget', () => {
  it('ends the wait between tries when the budget runs out, with the last try’s failure', async () => {
    // A proxy-less closed port: refused at once, retried after 5 s, which the budget of 0.8 s does not allow.
    const closed = await startConnectProxy();
    await closed.close();
    const { call, rows } = gatewayFor({
      url: `https://127.0.0.1:${closed.port}`,
      budgetMs: 800,
      responseTimeoutMs: 10_000,
      retry: { attempts: 3, baseDelayMs: 5000 },
    });
    const { failure } = await call();
    expect(failure).toMatchObject({ kind: 'refused' });
    expect(rows.map((row) => row.outcome)).toEqual(['refused']);
  });

  it('leaves a user’s cancel a cancel, and a call that answers in time untouched', async () => {
    const hanging = gatewayFor({
      fault: 'hang',
      budgetMs: 20_000,
      responseTimeoutMs: 10_000,
      retry: { attempts: 1, baseDelayMs: 10 },
    });
    const controller = new AbortController();
    const pending = hanging.call(controller.signal);
    setTimeout(() => controller.abort(), 200);
    expect((await pending).failure).toMatchObject({ kind: 'cancelled' });

    const quick = gatewayFor({
      budgetMs: 20_000,
      responseTimeoutMs: 10_000,
      retry: { attempts: 1, baseDelayMs: 10 },
    });
    expect((await quick.call()).failure).toBeNull();
    expect(quick.rows.map((row) => row.outcome)).toEqual(['OK']);
  });
});
