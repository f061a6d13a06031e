// Test-only: a client test's counterpart, the simulator over mutual TLS on the shared demo PKI (started once per
// file), its endpoint (optionally with a fault), and the small helpers every client test uses.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Persona } from '../simulator/personas';
import { ensureDemoPki, type DemoPki } from '../simulator/pki';
import { startSimulator, type Simulator } from '../simulator/server';
import { defaultServices } from '../simulator/services';
import { demoEndpoint } from '../main/demo/demo-environment';
import { createBcssGateway, type BcssEndpoint, type BcssLine } from '../main/bcss';
import { TEST_PKI_DIR } from './simulator';

const TIMEOUTS = {
  connectTimeoutMs: 3000,
  responseTimeoutMs: 3000,
  maxResponseBytes: 5 * 1024 * 1024,
};

export interface ClientSimulator {
  pki(): DemoPki;
  simulator(): Simulator;
  /** The demo client's endpoint; a fault travels in the test-only header. */
  endpoint(fault?: string): BcssEndpoint;
}

/** Registers the simulator's start and stop with the test file's hooks. */
export function useClientSimulator(options: { personas?: Persona[] } = {}): ClientSimulator {
  let pki: DemoPki;
  let simulator: Simulator;
  beforeAll(async () => {
    pki = await ensureDemoPki(TEST_PKI_DIR);
    simulator = await startSimulator({
      services: defaultServices(options.personas ? { personas: options.personas } : undefined),
      pki,
      settings: { socialInquiryVersion: 2 },
    });
  }, 120_000);
  afterAll(() => simulator.close());
  return {
    pki: () => pki,
    simulator: () => simulator,
    endpoint: (fault) => ({
      ...demoEndpoint(simulator.url, pki, TIMEOUTS),
      ...(fault ? { headers: { 'X-Simulator-Fault': fault } } : {}),
    }),
  };
}

/** A fresh ticket and sending time, as every call takes. */
export const call = () => ({ ticket: randomUUID(), sentAt: new Date() });

export { persona } from './builders';

/** What the call was refused with; a call that succeeds fails the test. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the call should have failed'),
    (e: unknown) => e,
  );
}

/**
 * A client function made callable on an endpoint, as client tests call it: one try through the gateway (which
 * alone opens a channel to the BCSS), unaudited and not retried, so each test sees exactly what one request met.
 */
export function through<C, R>(
  send: (line: BcssLine, call: C) => Promise<R>,
): (endpoint: BcssEndpoint, call: C) => Promise<R> {
  return async (endpoint, call) => {
    const gateway = createBcssGateway({
      endpoint: async () => endpoint,
      retry: { attempts: 1, baseDelayMs: 0 },
    });
    const session = await gateway.open();
    const { answer } = await session.call(
      { service: 'SocialInquiry', niss: '', legalContext: 'CLIENT_TEST' },
      async (line) => ({ value: await send(line, call), ticketCBSS: null }),
    );
    return answer.value;
  };
}
