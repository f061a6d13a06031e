// A forged element cannot stand in for a real one: with namespace prefixes dropped on read, a second `ssin` or
// `status` (in any namespace) makes the answer malformed instead of being read as "the first".
import { describe, expect, it } from 'vitest';
import {
  DEMO_PERSONAS,
  demoPersona,
  PersonaRegistry,
  socialInquiryService,
} from '../../test-support/simulator';
import { askSocialInquiry, responseXml } from '../../test-support/simulator-services';
import { readSocialInquiryAnswer, SOCIAL_INQUIRY_REPEATED } from './social-inquiry';
import { MalformedXml, optionalChild, parseXml } from './xml';

const service = socialInquiryService({ registry: new PersonaRegistry(DEMO_PERSONAS) });

async function answerOf(key: string): Promise<string> {
  return responseXml(await askSocialInquiry(service, { ssin: demoPersona(key).niss }));
}

const read = (xml: string) =>
  readSocialInquiryAnswer(
    optionalChild(parseXml(xml, SOCIAL_INQUIRY_REPEATED), 'socialInquiryResponse')!,
  );

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
    const xml = (await answerOf('belgian-ris')).replace(
      /<status>/,
      '<evil:status xmlns:evil="urn:evil"><value>NO_RESULT</value><code>MSG00012</code></evil:status><status>',
    );
    expect(xml).toContain('evil:status');
    expect(() => read(xml)).toThrow(/status given 2 times/);
  });
});
