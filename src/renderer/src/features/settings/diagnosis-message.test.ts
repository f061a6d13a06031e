// Every diagnosis gets a message of the catalogue, with the values it interpolates.
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../shared/i18n';
import type { ConnectionDiagnosis } from '../../../../shared/contract/settings';
import { diagnosisMessage } from './diagnosis-message';

const EXAMPLES: ConnectionDiagnosis[] = [
  {
    code: 'ok',
    host: 'h',
    port: 443,
    tlsProtocol: 'TLSv1.3',
    cipher: 'c',
    handshakeMs: 3,
    roundTripMs: 42,
    server: null,
    answer: 'probe-refused',
    reasonCode: 'MSG00004',
    ticketCBSS: null,
  },
  { code: 'dns', host: 'h' },
  { code: 'refused', host: 'h', port: 1 },
  { code: 'timeout', host: 'h', port: 1, phase: 'connect', timeoutMs: 10_000 },
  { code: 'timeout', host: 'h', port: 1, phase: 'answer', timeoutMs: 2500 },
  { code: 'server-untrusted', host: 'h', reason: 'SELF_SIGNED_CERT_IN_CHAIN', server: null },
  { code: 'tls-failed', host: 'h', detail: 'd' },
  { code: 'client-certificate-refused', host: 'h', detail: 'd' },
  { code: 'client-certificate-expired', refusedBy: 'local', validTo: '2024-05-01T10:00:00Z' },
  { code: 'client-certificate-expired', refusedBy: 'server', validTo: null },
  { code: 'client-certificate-not-yet-valid', validFrom: '2030-01-01T00:00:00Z' },
  { code: 'client-certificate-unusable', detail: 'd' },
  {
    code: 'soap-fault',
    faultCode: 'soapenv:Client',
    reasonCode: 'MSG00015',
    description: 'AAA',
    httpStatus: 500,
    ticketCBSS: 't',
  },
  { code: 'http-error', status: 404 },
  { code: 'unexpected-answer', reason: 'not-xml' },
  { code: 'connection-dropped', host: 'h' },
  { code: 'network', detail: 'd' },
  { code: 'cancelled' },
  {
    code: 'soap-fault',
    faultCode: 'soapenv:Client',
    reasonCode: 'MSG00052',
    description: 'No service answers on this URL',
    httpStatus: 500,
    ticketCBSS: 't',
  },
  { code: 'proxy-unreachable', proxy: 'http://proxy:8080', detail: 'ECONNREFUSED' },
  { code: 'proxy-auth-required', proxy: 'http://proxy:8080' },
  { code: 'proxy-refused', proxy: 'http://proxy:8080', status: 403 },
];

describe('diagnosis messages', () => {
  const results = catalogues.fr.settings.connection.result as Record<string, string>;

  it('name a message of the catalogue for every diagnosis, filling each of its variables', () => {
    for (const diagnosis of EXAMPLES) {
      const message = diagnosisMessage(diagnosis);
      const text = results[message.key];
      expect(text, diagnosis.code).toBeDefined();
      for (const [, variable] of text!.matchAll(/\{\{(\w+)\}\}/g)) {
        expect(message.values, `${diagnosis.code}: ${variable}`).toHaveProperty(variable!);
      }
    }
  });

  it('call only a working connection a success', () => {
    expect(EXAMPLES.filter((d) => diagnosisMessage(d).success).map((d) => d.code)).toEqual(['ok']);
  });

  it('say which timeout it was, in seconds, and dates as dd/mm/yyyy', () => {
    expect(diagnosisMessage(EXAMPLES[3]!)).toMatchObject({
      key: 'timeoutConnect',
      values: { seconds: 10 },
    });
    expect(diagnosisMessage(EXAMPLES[4]!).values.seconds).toBe(2.5);
    expect(diagnosisMessage(EXAMPLES[8]!).values.date).toBe('01/05/2024');
  });

  it('say a service that is not at its address (MSG00052), and a proxy by its own failures', () => {
    const key = (code: string, reason?: string) =>
      diagnosisMessage(
        EXAMPLES.find(
          (d) => d.code === code && (!reason || ('reasonCode' in d && d.reasonCode === reason)),
        )!,
      ).key;
    expect(key('soap-fault', 'MSG00052')).toBe('wrongAddress');
    expect(key('soap-fault', 'MSG00015')).toBe('soapFault');
    expect(key('proxy-unreachable')).toBe('proxyUnreachable');
    expect(key('proxy-auth-required')).toBe('proxyAuthRequired');
    expect(diagnosisMessage(EXAMPLES.at(-1)!)).toMatchObject({
      key: 'proxyRefused',
      values: { proxy: 'http://proxy:8080', status: 403 },
    });
  });
});
