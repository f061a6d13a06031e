// Every diagnosis gets a message of the catalogue, with the values it interpolates.
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../../shared/i18n';
import type { ConnectionDiagnosis } from '../../../../shared/contract/settings';
import { diagnosisMessage, diagnosisTechnical } from './diagnosis-message';

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

describe('what a connection test says in its sentence and what it keeps for IT', () => {
  it('never puts a code, the BCSS text or a system message in the sentence, in any language', () => {
    for (const lang of ['fr', 'nl', 'de'] as const) {
      const results = catalogues[lang].settings.connection.result as Record<string, string>;
      for (const diagnosis of EXAMPLES) {
        const message = diagnosisMessage(diagnosis);
        const sentence = results[message.key]!.replace(/\{\{(\w+)\}\}/g, (_, name: string) =>
          String(message.values[name]),
        );
        expect(sentence, `${lang} ${diagnosis.code}`).not.toMatch(
          /MSG000\d\d|soapenv|SELF_SIGNED|ECONN|\bAAA\b|No service answers|\bok\b/,
        );
        expect(sentence).not.toContain(diagnosis.code === 'ok' ? '\u0000' : `${diagnosis.code} `);
      }
    }
  });

  it('keeps them behind the technical details of a failure, and nothing for a success', () => {
    expect(diagnosisTechnical(EXAMPLES[0]!)).toEqual([]);
    expect(diagnosisTechnical(EXAMPLES[12]!)).toEqual([
      { kind: 'diagnosis', value: 'soap-fault' },
      { kind: 'bcssCode', value: 'MSG00015' },
      { kind: 'description', value: 'AAA' },
      { kind: 'ticket', value: 't' },
    ]);
    expect(diagnosisTechnical(EXAMPLES[5]!)).toContainEqual({
      kind: 'detail',
      value: 'SELF_SIGNED_CERT_IN_CHAIN',
    });
    expect(diagnosisTechnical(EXAMPLES.at(-3)!)).toContainEqual({
      kind: 'detail',
      value: 'ECONNREFUSED',
    });
  });
});
