// A forged element cannot stand in for a real one: elements are read by (namespace, name), so a `ssin` or
// `status` of a foreign namespace makes the answer malformed, and a second one in the answer's own namespace too.
import { describe, expect, it } from 'vitest';
import {
  DEMO_PERSONAS,
  demoPersona,
  PersonaRegistry,
  socialInquiryService,
} from '../../test-support/simulator';
import { askSocialInquiry, responseXml } from '../../test-support/simulator-services';
import { ANSWER_LIMITS } from './answer-limits';
import { readEnvelope, SOAP11_NS } from './answer-reader';
import { readSocialInquiryAnswer, SOCIAL_INQUIRY, SOCIAL_INQUIRY_REPEATED } from './social-inquiry';
import { MalformedXml } from './xml';

const service = socialInquiryService({ registry: new PersonaRegistry(DEMO_PERSONAS) });

async function answerOf(key: string): Promise<string> {
  return responseXml(await askSocialInquiry(service, { ssin: demoPersona(key).niss }));
}

const read = (payload: string) => {
  const content = readEnvelope(
    `<s:Envelope xmlns:s="${SOAP11_NS}"><s:Body>${payload}</s:Body></s:Envelope>`,
    {
      element: { namespace: SOCIAL_INQUIRY.intfNamespace, name: SOCIAL_INQUIRY.answerElement },
      namespaces: [],
      repeated: [...SOCIAL_INQUIRY_REPEATED],
      limits: ANSWER_LIMITS.SocialInquiry,
    },
  );
  if (content.kind !== 'answer') throw new Error(`no answer: ${content.kind}`);
  return readSocialInquiryAnswer(content.element);
};

describe('forged elements in an answer', () => {
  it('the genuine answer reads', async () => {
    expect(read(await answerOf('belgian-ris')).ssin).toBe(demoPersona('belgian-ris').niss);
  });

  it('a forged evil:ssin before the real one is refused, not taken as the final NISS', async () => {
    // The answer's own ssin follows its status (the first one is the request's criteria, echoed).
    const xml = (await answerOf('belgian-ris')).replace(
      '</status><ssin>',
      '</status><evil:ssin xmlns:evil="urn:evil">99999999999</evil:ssin><ssin>',
    );
    expect(xml).toContain('evil:ssin');
    expect(() => read(xml)).toThrow(MalformedXml);
    expect(() => read(xml)).toThrow(/\{urn:evil\}ssin in the answer/);
  });

  it("a second ssin in the answer's own namespace is refused as a duplicate", async () => {
    const xml = (await answerOf('belgian-ris')).replace(
      '</status><ssin>',
      `</status><v1:ssin>${demoPersona('heavy-history').niss}</v1:ssin><ssin>`,
    );
    expect(xml).toContain('<v1:ssin>');
    expect(() => read(xml)).toThrow(/ssin given 2 times/);
  });

  it('a NISS that fails its check digits makes the answer malformed', async () => {
    const genuine = demoPersona('belgian-ris').niss;
    const xml = (await answerOf('belgian-ris')).replace(
      `</status><ssin>${genuine}</ssin>`,
      '</status><ssin>99999999999</ssin>',
    );
    expect(xml).toContain('<ssin>99999999999</ssin>');
    expect(() => read(xml)).toThrow(/invalid NISS/);
  });

  it('a forged status beside the real one is refused', async () => {
    const forged = (await answerOf('belgian-ris')).replace(
      /<status>/,
      '<evil:status xmlns:evil="urn:evil"><value>NO_RESULT</value><code>MSG00012</code></evil:status><status>',
    );
    expect(forged).toContain('evil:status');
    expect(() => read(forged)).toThrow(/\{urn:evil\}status in the answer/);
    const unqualified = (await answerOf('belgian-ris')).replace(
      /<status>/,
      '<status><value>NO_RESULT</value><code>MSG00012</code></status><status>',
    );
    expect(() => read(unqualified)).toThrow(/status given 2 times/);
  });
});
