// Trust only the BCSS where asked (issue 16 §5): per environment, a pinned CA (the PEM bundle without the
// system's CAs) or a pinned server certificate fingerprint replaces the system store. Against the simulator
// and its PKI (TEST_PKI_DIR), and a second PKI standing for any other CA.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../shared/i18n/translator';
import {
  ensureDemoPki,
  startSimulator,
  testPki,
  type DemoPki,
  type Simulator,
} from '../../test-support/simulator';
import { ECHO_SERVICE, PING_ENVELOPE } from '../../test-support/echo-service';
import { toDeskError } from './desk-error';
import { postSoap, TransportFailure, type TransportConfig } from './transport';


let pki: DemoPki;
let otherPki: DemoPki;
let simulator: Simulator;
let otherSimulator: Simulator;
let fingerprint: string;

beforeAll(async () => {
  pki = await testPki();
  otherPki = await ensureDemoPki(mkdtempSync(join(tmpdir(), 'inquiry-desk-other-ca-')));
  simulator = await startSimulator({ services: [ECHO_SERVICE], pki });
  otherSimulator = await startSimulator({ services: [ECHO_SERVICE], pki: otherPki });
  fingerprint = new X509Certificate(pki.serverCertPem).fingerprint256;
}, 120_000);
afterAll(async () => {
  await simulator.close();
  await otherSimulator.close();
});

const requestsSeen = () => simulator.logEntries().filter((entry) => entry.kind === 'call').length;

const send = (
  trust: Pick<TransportConfig, 'trustedCa' | 'serverFingerprint'>,
  server: Simulator = simulator,
) =>
  postSoap(
    {
      certificate: { pfx: pki.client.pfx, passphrase: pki.client.passphrase },
      connectTimeoutMs: 5000,
      responseTimeoutMs: 5000,
      maxResponseBytes: 1024 * 1024,
      ...trust,
    },
    { url: `${server.url}/echo`, soapAction: 'urn:echo', body: PING_ENVELOPE },
  ).then(
    (answer) => ({ answer, failure: null }),
    (error: unknown) => ({ answer: null, failure: error as TransportFailure }),
  );

describe('a pinned CA (the PEM bundle, without the system’s CAs)', () => {
  it('accepts the server its CA signed', async () => {
    const { answer } = await send({ trustedCa: [pki.caCertPem] });
    expect(answer?.status).toBe(200);
  });

  it('refuses a server signed by another CA, with the typed, localized certificate error', async () => {
    const before = requestsSeen();
    // A server of another CA (its own simulator), the demo CA pinned.
    const { failure } = await send({ trustedCa: [pki.caCertPem] }, otherSimulator);
    expect(failure).toBeInstanceOf(TransportFailure);
    expect(failure).toMatchObject({ kind: 'server-untrusted' });
    expect(failure!.transient).toBe(false);
    const error = toDeskError(failure)!;
    expect(error).toMatchObject({
      code: 'TRANSPORT',
      messageKey: 'inquiry.error.transport.serverUntrusted',
    });
    expect(translator('nl')(error.messageKey, error.details)).toMatch(/certificaat/i);
    expect(otherSimulator.logEntries().filter((entry) => entry.kind === 'call')).toHaveLength(0);
    expect(requestsSeen()).toBe(before);
  });
});

describe('a pinned server certificate fingerprint (SHA-256)', () => {
  it('accepts the very certificate, whatever the CAs (none trusted here)', async () => {
    const { answer } = await send({
      trustedCa: [otherPki.caCertPem],
      serverFingerprint: fingerprint,
    });
    expect(answer?.status).toBe(200);
    // Lower case, as some tools print it, is the same fingerprint.
    expect((await send({ serverFingerprint: fingerprint.toLowerCase() })).answer?.status).toBe(200);
  });

  it('refuses another certificate before anything is sent, with its own localized error', async () => {
    const before = requestsSeen();
    const other = new X509Certificate(otherPki.serverCertPem).fingerprint256;
    // Even with the server's own CA trusted: the pin replaces the CAs.
    const { failure } = await send({ trustedCa: [pki.caCertPem], serverFingerprint: other });
    expect(failure).toMatchObject({ kind: 'server-pin-mismatch' });
    expect(failure!.transient).toBe(false);
    expect(failure!.detail).toContain(fingerprint);
    const error = toDeskError(failure)!;
    expect(error.messageKey).toBe('inquiry.error.transport.serverPinMismatch');
    expect(translator('de')(error.messageKey, error.details)).toMatch(/Zertifikat/);
    // The request (a NISS, in real calls) never left.
    expect(requestsSeen()).toBe(before);
  });
});
