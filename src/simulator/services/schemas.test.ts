// The schema set: official files copied unchanged, ours marked as models, and validateXml's answers for good, bad and broken documents.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSchemasDir, NS, SCHEMAS, validateXml } from './schemas';
import { sharedReference } from '../../test-support/shared-reference';

const REFERENCE = sharedReference('reference/bcss-xsd');
const OFFICIAL = [
  'be/fgov/kszbcss/types/common/CommonV3.xsd',
  'SSDN/Service/CommonDataTypes.xsd',
  'SSDN/Service/NamespaceRoot.xsd',
  'SSDN/Service/SSDNReply.xsd',
  'SSDN/Service/SSDNRequest.xsd',
  'SSDN/Common/CommonDataTypes.xsd',
  'SSDN/Common/ExtensionPlaceHolder.xsd',
  'SSDN/Common/NamespaceRoot.xsd',
  'SSDN/Common/ResultSummary.xsd',
  'SSDN/Person/AddressInformation.xsd',
  'SSDN/Person/Citizen.xsd',
  'SSDN/Person/CommonDataTypes.xsd',
  'SSDN/Person/NamespaceRoot.xsd',
  'SSDN/OCMW_CPAS/ManageAccess/CommonDataTypes.xsd',
  'SSDN/OCMW_CPAS/ManageAccess/ManageAccessReply.xsd',
  'SSDN/OCMW_CPAS/ManageAccess/ManageAccessRequest.xsd',
  'SSDN/OCMW_CPAS/ManageAccess/NamespaceRoot.xsd',
  'SSDN/OCMW_CPAS/IdentifyPerson/IdentifyPersonReply.xsd',
  'SSDN/OCMW_CPAS/IdentifyPerson/IdentifyPersonRequest.xsd',
  'SSDN/OCMW_CPAS/IdentifyPerson/NamespaceRoot.xsd',
  'be/fgov/kszbcss/intf/RetrieveTIGroupsService/RetrieveTIGroupsV2.wsdl',
  'be/fgov/kszbcss/types/RetrieveTIGroups/RetrieveTIGroupsV2.xsd',
  'be/fgov/rrn/ibz/xsd/xm25/xm25.xsd',
];
const OURS = [
  'socialinquiry/intf/SocialInquiryServiceV1.xsd',
  'socialinquiry/types/SocialInquiryV1.xsd',
  'listofattestations/ManageAttests.xsd',
  'connector/WebServiceConnector.xsd',
  'soap/SoapEnvelope11.xsd',
  'retrievetigroups/RetrieveTIGroupsServiceV2.xsd',
  'foreignersituation/intf/ForeignerSituationServiceV1.xsd',
  'foreignersituation/types/ForeignerSituationV1.xsd',
];

describe('the schema files', () => {
  const dir = defaultSchemasDir();

  it.skipIf(REFERENCE.skip)('keeps the official BCSS schemas byte for byte', () => {
    for (const file of OFFICIAL) {
      expect(
        readFileSync(join(dir, file)).equals(readFileSync(join(REFERENCE.path, file))),
        file,
      ).toBe(true);
    }
  });

  it('marks each of our schemas as a model, not an official file', () => {
    for (const file of OURS) {
      expect(readFileSync(join(dir, file), 'utf8'), file).toMatch(/OUR (MODEL|MINIMAL RENDITION)/);
    }
  });

  it('has an entry file for every schema name', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      expect(existsSync(join(dir, schema.file)), name).toBe(true);
    }
  });
});

describe.concurrent('validateXml', () => {
  const valid = `<v1:socialInquiryFault xmlns:v1="${NS.socialInquiryIntf}"><informationCBSS><ticketCBSS>2f0c1ef1-4b8e-4d54-9a9e-0c6f3a5d2b11</ticketCBSS><timestampReceive>2026-11-23T10:00:00Z</timestampReceive><timestampReply>2026-11-23T10:00:01Z</timestampReply></informationCBSS><detail><severity>FATAL</severity><reasonCode>MSG00004</reasonCode><diagnostic>x</diagnostic><authorCode>CBSS</authorCode></detail></v1:socialInquiryFault>`;

  it('accepts a valid document', async () => {
    expect(await validateXml(valid, 'socialInquiry')).toEqual({ valid: true, errors: [] });
  });

  it('reports what is wrong in an invalid document', async () => {
    const result = await validateXml(valid.replace('FATAL', 'SEVERE'), 'socialInquiry');
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/severity/);
  });

  it('reports a document that is not well-formed instead of throwing', async () => {
    const result = await validateXml('<a><b></a>', 'socialInquiry');
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
  });

  it('refuses an element no loaded schema declares', async () => {
    expect((await validateXml('<x xmlns="urn:unknown"/>', ['ssdn', 'manageAttests'])).valid).toBe(
      false,
    );
  });

  it('rejects (rather than answering invalid) when the schemas cannot be found', async () => {
    await expect(
      validateXml(valid, 'socialInquiry', { schemasDir: '/nonexistent/schemas' }),
    ).rejects.toThrow();
  });
});
