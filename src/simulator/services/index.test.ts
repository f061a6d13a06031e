// defaultServices: the services the transport serves, on distinct paths and actions, answering demo and generated persons.
import { describe, expect, it } from 'vitest';
import { DEMO_PERSONAS, demoPersona, generatePersonas } from '../personas';
import {
  defaultServices,
  FOREIGNER_SITUATION_ACTIONS,
  FOREIGNER_SITUATION_PATH,
  REGISTER_EXTRACT_ACTION,
  REGISTER_EXTRACT_PATH,
  SOCIAL_INQUIRY_ACTION,
  SOCIAL_INQUIRY_PATH,
  SSDN_CONNECTOR_PATH,
  SSDN_SEND_XML_ACTION,
} from './index';
import { validateXml } from './schemas';
import {
  askListOfAttestation,
  askSocialInquiry,
  inquiryStatus,
  responseXml,
} from '../../test-support/simulator-services';

describe('defaultServices', () => {
  it('serves Social Inquiry, the SSDN connector, Tx25 and ForeignerSituation on their own paths and actions', () => {
    const services = defaultServices();
    expect(services.map((s) => [s.name, s.path, s.soapActions])).toEqual([
      ['SocialInquiry', SOCIAL_INQUIRY_PATH, [SOCIAL_INQUIRY_ACTION]],
      ['SSDN', SSDN_CONNECTOR_PATH, [SSDN_SEND_XML_ACTION]],
      ['RetrieveTIGroups', REGISTER_EXTRACT_PATH, [REGISTER_EXTRACT_ACTION]],
      [
        'ForeignerSituation',
        FOREIGNER_SITUATION_PATH,
        [FOREIGNER_SITUATION_ACTIONS.employment, FOREIGNER_SITUATION_ACTIONS.special],
      ],
    ]);
  });

  it('answers about the demo persons by default', async () => {
    const [inquiry, ssdn] = defaultServices();
    const ssin = demoPersona('belgian-ris').niss;
    expect(inquiryStatus(await askSocialInquiry(inquiry!, { ssin })).code).toBe('MSG00000');
    expect(
      responseXml(await askListOfAttestation(ssdn!, { ssin, requestType: 'FORMULAIRES' })),
    ).toContain('sendXMLResponse');
  });

  it('answers about generated persons when given them, with valid answers', async () => {
    const generated = generatePersonas(
      6,
      77,
      DEMO_PERSONAS.map((p) => p.niss),
    );
    const [inquiry] = defaultServices({ personas: [...DEMO_PERSONAS, ...generated] });
    for (const persona of generated) {
      const reply = await askSocialInquiry(inquiry!, { ssin: persona.niss, version: 2 });
      expect(inquiryStatus(reply).code, persona.key).toBe('MSG00000');
      expect((await validateXml(responseXml(reply), 'socialInquiry')).errors, persona.key).toEqual(
        [],
      );
    }
  });
});
