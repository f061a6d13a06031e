// Only a SOAP 1.1 envelope with its own Body is read: the names inside are read without prefixes afterwards.
import { describe, expect, it } from 'vitest';
import { checkSoap11Envelope, SOAP11_NS } from './soap';

const SOAP12_NS = 'http://www.w3.org/2003/05/soap-envelope';
const body = '<v1:answer xmlns:v1="urn:service"><ssin>87041214292</ssin></v1:answer>';

describe('the SOAP 1.1 envelope of an answer', () => {
  it('is accepted with any prefix, or none, after an XML declaration and comments', () => {
    for (const xml of [
      `<soapenv:Envelope xmlns:soapenv="${SOAP11_NS}"><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`,
      `<?xml version="1.0"?><!-- gateway --><s:Envelope xmlns:s='${SOAP11_NS}'><s:Header/><s:Body>${body}</s:Body></s:Envelope>`,
      `<Envelope xmlns="${SOAP11_NS}"><Body>${body}</Body></Envelope>`,
    ]) {
      expect(() => checkSoap11Envelope(xml)).not.toThrow();
    }
  });

  it('refuses a SOAP 1.2 envelope, another root, and an undeclared prefix', () => {
    for (const xml of [
      `<env:Envelope xmlns:env="${SOAP12_NS}"><env:Body>${body}</env:Body></env:Envelope>`,
      `<answer><Body>${body}</Body></answer>`,
      `<soapenv:Envelope><soapenv:Body>${body}</soapenv:Body></soapenv:Envelope>`,
      body,
    ]) {
      expect(() => checkSoap11Envelope(xml), xml).toThrow(/not a SOAP 1.1 envelope/);
    }
  });

  it('refuses a Body of a foreign namespace, alone or beside the real one', () => {
    for (const xml of [
      `<s:Envelope xmlns:s="${SOAP11_NS}"><evil:Body xmlns:evil="urn:evil">${body}</evil:Body></s:Envelope>`,
      `<s:Envelope xmlns:s="${SOAP11_NS}"><evil:Body xmlns:evil="urn:evil">${body}</evil:Body><s:Body>${body}</s:Body></s:Envelope>`,
    ]) {
      expect(() => checkSoap11Envelope(xml), xml).toThrow(/Body of its own/);
    }
  });
});
