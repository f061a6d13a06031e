// A SOAP 1.1 envelope is read whatever its prefix. What is refused (SOAP 1.2, another root, a foreign or second
// Body, an answer of another namespace) is the hostile-server suite's.
import { describe, expect, it } from 'vitest';
import { ANSWER_LIMITS } from './answer-limits';
import { readEnvelope, SOAP11_NS, type DocumentSpec } from './answer-reader';

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
});
