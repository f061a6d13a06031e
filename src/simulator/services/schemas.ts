// Validates XML documents against the project's XSDs (official BCSS schemas and our models, resources/schemas/) with xmllint-wasm.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLBuilder } from 'fast-xml-parser';
import { memoryPages, type XMLFileInfo } from 'xmllint-wasm';
import { runXmllint } from './xmllint-pool';

/** The namespaces of the schemas, for the services, the client and the tests alike. */
export const NS = {
  soapEnvelope: 'http://schemas.xmlsoap.org/soap/envelope/',
  commonV3: 'http://kszbcss.fgov.be/types/common/v3',
  socialInquiryIntf: 'http://kszbcss.fgov.be/intf/SocialInquiryService/v1',
  socialInquiryTypes: 'http://kszbcss.fgov.be/types/SocialInquiry/v1',
  webServiceConnector: 'http://ksz-bcss.fgov.be/connectors/WebServiceConnector',
  ssdnService: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Service',
  ssdnCommon: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Common',
  /** ListOfAttestation's payload (its requests and replies are ManageAttests elements). */
  manageAttests: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAttests',
  manageAccess: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/ManageAccess',
  identifyPerson: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/OCMW_CPAS/IdentifyPerson',
  ssdnPerson: 'http://www.ksz-bcss.fgov.be/XSD/SSDN/Person',
  retrieveTIGroupsIntf: 'http://kszbcss.fgov.be/intf/RetrieveTIGroupsService/v2',
  retrieveTIGroupsTypes: 'http://kszbcss.fgov.be/types/RetrieveTIGroups/v2',
  xm25: 'http://www.ibz.rrn.fgov.be/XSD/xm25/rn25Schema',
  foreignerSituationIntf: 'http://kszbcss.fgov.be/intf/ForeignerSituationService/v1',
  foreignerSituationTypes: 'http://kszbcss.fgov.be/types/ForeignerSituation/v1',
  novaLists: 'http://www.mi-is.be/xsd/nova/lists/v1',
} as const;

/**
 * The schemas a document can be checked against, each the entry point of one namespace (relative to
 * resources/schemas/). Several can be combined: that is how a SOAP envelope is validated together with
 * its payload, or an SSDN envelope with the service request it carries (both use lax wildcards).
 */
export const SCHEMAS = {
  /** Our minimal SOAP 1.1 envelope: Body children are validated against whatever else is loaded. */
  soapEnvelope: { namespace: NS.soapEnvelope, file: 'soap/SoapEnvelope11.xsd' },
  /** Official CommonV3 (e.g. for a CBSSFault on its own). */
  commonV3: { namespace: NS.commonV3, file: 'be/fgov/kszbcss/types/common/CommonV3.xsd' },
  /** Our model of Social Inquiry: socialInquiryRequest / socialInquiryResponse / socialInquiryFault. */
  socialInquiry: {
    namespace: NS.socialInquiryIntf,
    file: 'socialinquiry/intf/SocialInquiryServiceV1.xsd',
  },
  /** Our model of the SSDN connector's sendXML / sendXMLResponse. */
  webServiceConnector: {
    namespace: NS.webServiceConnector,
    file: 'connector/WebServiceConnector.xsd',
  },
  /** Official SSDN envelope: SSDNRequest / SSDNReply. */
  ssdn: { namespace: NS.ssdnService, file: 'SSDN/Service/NamespaceRoot.xsd' },
  /**
   * Our model of the ListOfAttestation payload (OCMWCPASListOfAttestations 20080317), on the wire facts of
   * DOMAIN.md §6 (to be combined with `ssdn` for whole SSDN documents).
   */
  manageAttests: {
    namespace: NS.manageAttests,
    file: 'listofattestations/ManageAttests.xsd',
  },
  /** Official ManageAccess payload (OCMWCPASManageAccess 20050930): ManageAccessRequest / ManageAccessReply. */
  manageAccess: {
    namespace: NS.manageAccess,
    file: 'SSDN/OCMW_CPAS/ManageAccess/NamespaceRoot.xsd',
  },
  /** Official IdentifyPerson payload (OCMWCPASIdentifyPerson 20050930): IdentifyPersonRequest / IdentifyPersonReply. */
  identifyPerson: {
    namespace: NS.identifyPerson,
    file: 'SSDN/OCMW_CPAS/IdentifyPerson/NamespaceRoot.xsd',
  },
  /**
   * Tx25 (RetrieveTIGroups v2): the WSDL's message elements (our rendition of its types section) over the
   * official, unchanged RetrieveTIGroupsV2.xsd and the National Register's xm25.xsd.
   */
  retrieveTIGroups: {
    namespace: NS.retrieveTIGroupsIntf,
    file: 'retrievetigroups/RetrieveTIGroupsServiceV2.xsd',
  },
  /** Our model of ForeignerSituation: consultEmploymentInfos / consultSpecialInfos messages. */
  foreignerSituation: {
    namespace: NS.foreignerSituationIntf,
    file: 'foreignersituation/intf/ForeignerSituationServiceV1.xsd',
  },
  /** Our model of the four Nova+ XML lists (files on the SPP IS file server, not a SOAP service). */
  novaLists: { namespace: NS.novaLists, file: 'nova-lists/NovaListsV1.xsd' },
} as const;

export type SchemaName = keyof typeof SCHEMAS;

export interface XmlValidation {
  valid: boolean;
  /** xmllint's messages, "line N: message" (empty when valid). */
  errors: string[];
}

export interface ValidateOptions {
  /** The resources/schemas directory; found from this module's location by default. */
  schemasDir?: string;
}

const DOCUMENT_FILE = 'document.xml';
// Every validation runs in a fresh WebAssembly memory; an answer with thousands of periods needs more
// than the 32 MiB xmllint-wasm allows by default.
const INITIAL_MEMORY_PAGES = memoryPages.defaultInitialMemoryPages;
const MAX_MEMORY_PAGES = 512 * memoryPages.MiB;
// xmllint's exit codes: 0 valid, 3 invalid, 1 and 4 a document it could not parse or read (not
// well-formed); anything else (5: a schema that does not compile...) is our problem, not the sender's.
const VALID = 0;
const DOCUMENT_REJECTED = new Set([1, 3, 4]);

const preloadCache = new Map<string, Promise<XMLFileInfo[]>>();
const driverBuilder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/**
 * Validates `xml` against one schema or several together (their namespaces all loaded at once).
 * Resolves `{ valid: false }` for a document that is invalid or not even well-formed; rejects only when
 * the schemas themselves cannot be loaded.
 */
export async function validateXml(
  xml: string,
  schemas: SchemaName | readonly SchemaName[],
  options: ValidateOptions = {},
): Promise<XmlValidation> {
  const names: readonly SchemaName[] = typeof schemas === 'string' ? [schemas] : schemas;
  if (names.length === 0) throw new Error('validateXml needs at least one schema');
  const dir = options.schemasDir ?? defaultSchemasDir();
  const preload = await schemaFiles(dir);
  const driver: XMLFileInfo = { fileName: driverFileName(names), contents: driverSchema(names) };
  const result = await runXmllint({
    inputFiles: [{ fileName: DOCUMENT_FILE, contents: xml }, driver, ...preload],
    args: ['--schema', driver.fileName, '--noout', DOCUMENT_FILE],
    initialMemoryPages: INITIAL_MEMORY_PAGES,
    maxMemoryPages: MAX_MEMORY_PAGES,
  });
  if (result.exitCode === VALID) return { valid: true, errors: [] };
  if (DOCUMENT_REJECTED.has(result.exitCode))
    return { valid: false, errors: errorLines(result.stderr) };
  throw new Error(
    `XSD validation could not run (${names.join(', ')}; xmllint exit ${result.exitCode}): ${result.stderr.slice(0, 500)}`,
  );
}

/** Throws with the schema's messages when `xml` is not valid: for tests and for checking our own answers. */
export async function assertValidXml(
  xml: string,
  schemas: SchemaName | readonly SchemaName[],
  options: ValidateOptions = {},
): Promise<void> {
  const result = await validateXml(xml, schemas, options);
  if (!result.valid) {
    throw new Error(`XML does not validate:\n${result.errors.slice(0, 20).join('\n')}`);
  }
}

/** The directory holding resources/schemas, found upwards from this module (works from src/ and from a build). */
export function defaultSchemasDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'resources', 'schemas');
    if (existsSync(join(candidate, SCHEMAS.commonV3.file))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('resources/schemas not found above ' + import.meta.url);
    dir = parent;
  }
}

/** Every .xsd under `dir`, read once per directory: xmllint sees them in its in-memory file system. */
function schemaFiles(dir: string): Promise<XMLFileInfo[]> {
  const root = resolve(dir);
  let cached = preloadCache.get(root);
  if (!cached) {
    cached = readSchemaTree(root);
    // A failed read is not cached, so a fixed directory is picked up on the next call.
    cached.catch(() => preloadCache.delete(root));
    preloadCache.set(root, cached);
  }
  return cached;
}

async function readSchemaTree(root: string): Promise<XMLFileInfo[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.xsd'));
  return Promise.all(
    files.map(async (e) => {
      const path = join(e.parentPath, e.name);
      return {
        // The schemas import each other by relative paths, so their layout is kept as is.
        fileName: relative(root, path).split(sep).join('/'),
        contents: await readFile(path),
      };
    }),
  );
}

function driverFileName(names: readonly SchemaName[]): string {
  return `driver-${[...names].sort().join('-')}.xsd`;
}

/** A schema with no components of its own that imports each requested namespace from its entry file. */
function driverSchema(names: readonly SchemaName[]): string {
  const unique = [...new Set(names)];
  return driverBuilder.build({
    'xs:schema': {
      '@_xmlns:xs': 'http://www.w3.org/2001/XMLSchema',
      'xs:import': unique.map((name) => ({
        '@_namespace': SCHEMAS[name].namespace,
        '@_schemaLocation': SCHEMAS[name].file,
      })),
    },
  }) as string;
}

/** xmllint's messages without its file-name prefix and without the final "fails to validate" line. */
function errorLines(stderr: string): string[] {
  const prefix = `${DOCUMENT_FILE}:`;
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith(`${DOCUMENT_FILE} fails to validate`))
    .map((line) => (line.startsWith(prefix) ? `line ${line.slice(prefix.length)}` : line))
    .slice(0, 50);
}
