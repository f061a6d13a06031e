// Every request that reaches the BCSS has its row in the audit log: for each DeskApi method that calls the BCSS,
// with Social Inquiry answering in version 1 (completed through ListOfAttestation) and 2, the requests the
// simulator received equal the audit rows written, successes, refusals, failures and retries included.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeskHandlers } from '../../shared/contract/contract';
import type { Inquiry } from '../../shared/domain/inquiry';
import { composeTestDesk, configureTestEnvironment, type TestDesk } from '../../test-support/desk';
import {
  DEMO_PERSONAS,
  defaultServices,
  startSimulator,
  testPki,
  type DemoPki,
  type Simulator,
} from '../../test-support/simulator';

let pki: DemoPki;
let simulator: Simulator;
let desk: TestDesk;
let handlers: Required<DeskHandlers>;

const niss = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!.niss;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  pki = await testPki();
  simulator = await startSimulator({ services: defaultServices(), pki, faultHeader: false });
  desk = composeTestDesk();
  handlers = desk.handlers;
  // The production path: a remote environment configured as a CPAS's IT would, pointing at the simulator.
  await configureTestEnvironment(handlers, simulator, pki);
  await handlers.importCertificate({
    environment: 'test',
    pkcs12Base64: pki.client.pfx.toString('base64'),
    passphrase: pki.client.passphrase,
  });
  await handlers.selectEnvironment({ name: 'test' });
}, 120_000);

afterAll(async () => {
  await desk.close();
  await simulator.close();
});

const requestsReceived = () => simulator.logEntries().filter((e) => e.kind === 'call').length;
const auditRows = async () =>
  (await handlers.exportAudit({ from: today, to: today, language: 'fr' })).rows;

/** Runs one DeskApi call (its success or refusal does not matter) and returns what it sent and recorded. */
async function counted(call: () => unknown) {
  const [requestsBefore, rowsBefore] = [requestsReceived(), await auditRows()];
  await Promise.resolve()
    .then(call)
    .catch(() => undefined);
  return { requests: requestsReceived() - requestsBefore, rows: (await auditRows()) - rowsBefore };
}

const inquiry = async (key: string) =>
  handlers.runInquiry({
    requestId: randomUUID(),
    niss: niss(key),
    period: { from: '1990-01-01', to: '2026-12-31' },
  });

let saved: Inquiry;

const METHODS: Record<string, () => unknown> = {
  'runInquiry (data found)': () => inquiry('piis-extension'),
  'runInquiry (refused: not registered)': () => inquiry('not-integrated'),
  registerPerson: () =>
    handlers.registerPerson({
      niss: niss('couple-partner'),
      purpose: 2,
      period: { from: '2026-01-01', to: null },
    }),
  listRegistrations: () =>
    handlers.listRegistrations({ niss: niss('couple-partner'), register: 'ALL' }),
  unregisterPerson: () => handlers.unregisterPerson({ niss: niss('couple-partner'), purpose: 2 }),
  searchPersons: () => handlers.searchPersons({ lastName: 'Peeters', birthDate: '1980' }),
  consultRegisterExtract: () => handlers.consultRegisterExtract({ id: saved.id, history: true }),
  consultForeignerSituation: () => handlers.consultForeignerSituation({ id: saved.id }),
  testConnection: () => handlers.testConnection({ name: 'test' }),
};

describe.each([1, 2] as const)('Social Inquiry version %i', (version) => {
  beforeAll(async () => {
    simulator.setSettings({ socialInquiryVersion: version });
    simulator.setFaults(null);
    saved = await inquiry('subsidiary-protection');
  });

  it.each(Object.keys(METHODS))('%s: one audit row per request received', async (name) => {
    simulator.setFaults(null);
    const { requests, rows } = await counted(METHODS[name]!);
    expect(requests).toBeGreaterThan(0);
    expect(rows).toBe(requests);
  });

  it.each(Object.keys(METHODS))(
    '%s under server failures, retried: still one row per request',
    async (name) => {
      simulator.setFaults('http=503');
      try {
        const { requests, rows } = await counted(METHODS[name]!);
        expect(requests).toBeGreaterThan(0);
        expect(rows).toBe(requests);
      } finally {
        simulator.setFaults(null);
      }
    },
  );

  it('a version-1 inquiry audits its ListOfAttestation completions too', async () => {
    const { requests, rows } = await counted(() => inquiry('art35-exemption'));
    expect(rows).toBe(requests);
    expect(requests).toBe(version === 1 ? 5 : 1);
  });
});

describe('a partial answer (Social Inquiry version 1)', () => {
  beforeAll(() => simulator.setSettings({ socialInquiryVersion: 1 }));
  afterAll(() => simulator.setFaults(null));

  it('its failed completion and the retry of the missing section: one row per request', async () => {
    simulator.setFaults('http=503,match=GPMI_PIIS,times=3');
    let partial: Inquiry | undefined;
    const run = await counted(async () => (partial = await inquiry('piis-extension')));
    // Social Inquiry, three tries of GPMI_PIIS, the three other request types.
    expect(run).toEqual({ requests: 7, rows: 7 });
    expect(partial?.missing?.map((m) => m.requestType)).toEqual(['GPMI_PIIS']);
    const retry = await counted(() => handlers.retryMissingSections({ id: partial!.id }));
    expect(retry).toEqual({ requests: 1, rows: 1 });
  });
});
