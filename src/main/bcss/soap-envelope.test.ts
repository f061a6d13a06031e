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

describe('namespaces, resolved by the reader itself', () => {
  const wrap = (answer: string) =>
    `<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body>${answer}</s:Body></s:Envelope>`;

  it('resolves a prefix by the nearest declaration, and an unprefixed name by the nearest default', () => {
    // The answer's prefix bound to another namespace on the Body, rebound on the answer itself.
    const xml = `<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body xmlns:v1="urn:other"><v1:answer xmlns:v1="urn:service"><ssin>87041214292</ssin></v1:answer></s:Body></s:Envelope>`;
    expect(read(xml)).toEqual({ kind: 'answer', element: { ssin: '87041214292' } });
    // A default namespace declared inside the answer puts its unprefixed children in a namespace not allowed.
    expect(() =>
      read(wrap('<v1:answer xmlns:v1="urn:service"><ssin xmlns="urn:evil">1</ssin></v1:answer>')),
    ).toThrow(/\{urn:evil\}ssin in the answer/);
    // The same prefix, out of the element that declared it, is unbound again.
    expect(() =>
      read(wrap('<v1:answer xmlns:v1="urn:service"><a xmlns:e="urn:e"/><e:b/></v1:answer>')),
    ).toThrow(/unbound namespace prefix: "e"/);
  });

  it('refuses an attribute of an unbound prefix, and declarations Namespaces in XML forbids', () => {
    for (const [answer, message] of [
      ['<v1:answer xmlns:v1="urn:service" e:x="1"/>', /unbound namespace prefix: "e"/],
      ['<v1:answer xmlns:v1="urn:service" xmlns:e=""/>', /forbidden namespace declaration/],
      ['<v1:answer xmlns:v1="urn:service" xmlns:xml="urn:x"/>', /forbidden namespace declaration/],
      [
        '<v1:answer xmlns:v1="urn:service" xmlns:xmlns="urn:x"/>',
        /forbidden namespace declaration/,
      ],
    ] as const) {
      expect(() => read(wrap(answer)), answer).toThrow(message);
    }
  });

  it('reads an attribute by its local name, and the xml prefix without a declaration', () => {
    const answer =
      '<v1:answer xmlns:v1="urn:service" xmlns:q="urn:q"><code q:kind="a" xml:lang="fr">X</code></v1:answer>';
    expect(read(wrap(answer))).toEqual({
      kind: 'answer',
      element: { code: { '@kind': 'a', '@lang': 'fr', '#text': 'X' } },
    });
  });
});
