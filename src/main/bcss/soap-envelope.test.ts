// Only a SOAP 1.1 envelope with its own Body is read, and in it only the answer element of the service's namespace.
import { describe, expect, it } from 'vitest';
import { ANSWER_LIMITS } from './answer-limits';
import { readEnvelope, SOAP11_NS, type DocumentSpec } from './answer-reader';

const SOAP12_NS = 'http://www.w3.org/2003/05/soap-envelope';
const body = '<v1:answer xmlns:v1="urn:service"><ssin>87041214292</ssin></v1:answer>';
const spec: DocumentSpec = {
  element: { namespace: 'urn:service', name: 'answer' },
  namespaces: [],
  repeated: [],
  limits: ANSWER_LIMITS.ManageAccess,
};
const read = (xml: string) => readEnvelope(xml, spec);

describe('the SOAP 1.1 envelope of an answer', () => {
  it('is accepted with any prefix, or none, after an XML declaration and comments', () => {
    for (const xml of [
      `<soapenv:Envelope xmlns:soapenv="${SOAP11_NS}"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`,
      `<?xml version="1.0"?><!-- gateway --><s:Envelope xmlns:s='${SOAP11_NS}'><s:Header/><s:Body>${body}</s:Body></s:Envelope>`,
      // A default SOAP namespace: the answer's unqualified children undeclare it.
      `<Envelope xmlns="${SOAP11_NS}"><Body>${body.replace('<ssin>', '<ssin xmlns="">')}</Body></Envelope>`,
    ]) {
      expect(read(xml), xml).toEqual({ kind: 'answer', element: { ssin: '87041214292' } });
    }
  });

  it('refuses a SOAP 1.2 envelope, another root, and an undeclared prefix', () => {
    for (const xml of [
      `<env:Envelope xmlns:env="${SOAP12_NS}"><env:Body>${body}</env:Body></env:Envelope>`,
      `<answer><Body>${body}</Body></answer>`,
      body,
    ]) {
      expect(() => read(xml), xml).toThrow(/not a SOAP 1.1 envelope/);
    }
    expect(() =>
      read(`<soapenv:Envelope><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`),
    ).toThrow(/unbound namespace prefix/);
  });

  it('refuses a Body of a foreign namespace, alone or beside the real one, and a second Body', () => {
    for (const xml of [
      `<s:Envelope xmlns:s="${SOAP11_NS}"><evil:Body xmlns:evil="urn:evil">${body}</evil:Body></s:Envelope>`,
      `<s:Envelope xmlns:s="${SOAP11_NS}"><evil:Body xmlns:evil="urn:evil">${body}</evil:Body><s:Body>${body}</s:Body></s:Envelope>`,
    ]) {
      expect(() => read(xml), xml).toThrow(/\{urn:evil\}Body in the envelope/);
    }
    expect(() =>
      read(
        `<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body>${body}</s:Body><s:Body>${body}</s:Body></s:Envelope>`,
      ),
    ).toThrow(/Body given 2 times/);
  });

  it('refuses an answer element of another namespace than the service’s', () => {
    const other = body.replaceAll('urn:service', 'urn:other');
    expect(() =>
      read(`<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body>${other}</s:Body></s:Envelope>`),
    ).toThrow(/\{urn:other\}answer in the Body instead of answer/);
  });
});
