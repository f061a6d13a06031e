// The simulated Tx25 register extract (official RetrieveTIGroups v2, operation retrieveTI): validates the request, applies the BCSS checks, answers the person's National Register file.
import type { PersonaRegistry } from '../personas';
import type { SoapReply, SoapRequest, SoapService } from '../soap-service';
import type { AccessRegistrations } from './access-registrations';
import { checkRequest, type Information } from './checks';
import {
  echo,
  informationCbss,
  readCommonRequest,
  refusedEnvelope,
  requiredChild,
  statusTree,
} from './new-style';
import { registerExtract, type ExtractLanguage } from './register-extract-answer';
import { bodyPayload, invalidStructure } from './soap-payload';
import { NS, type ValidateOptions } from './schemas';
import { buildXml, childBoolean, childText, type XmlTree } from './xml';

/** The CPAS path of the official WSDL (bcssksz-services-*.smals.be/SOA4520/...). */
export const REGISTER_EXTRACT_PATH = '/SOA4520/RetrieveTIGroupsService/v2/retrieveTI';
/** As the official WSDL's binding spells it (no /v2, unlike the interface namespace). */
export const REGISTER_EXTRACT_ACTION = 'http://kszbcss.fgov.be/RetrieveTIGroupsService/retrieveTI';
/** A CPAS reads the register extract within its social inquiry. */
export const REGISTER_EXTRACT_LEGAL_CONTEXT = 'PCSA:SOCIAL_INQUIRY';

export interface RegisterExtractOptions extends ValidateOptions {
  registry: PersonaRegistry;
  /** The CPAS's ManageAccess registrations: a registered person no longer gets MSG00012. */
  registrations?: AccessRegistrations;
}

export function registerExtractService(options: RegisterExtractOptions): SoapService {
  return {
    name: 'RetrieveTIGroups',
    path: REGISTER_EXTRACT_PATH,
    soapActions: [REGISTER_EXTRACT_ACTION],
    handle: (request) => handleRetrieveTI(request, options),
  };
}

async function handleRetrieveTI(
  request: SoapRequest,
  options: RegisterExtractOptions,
): Promise<SoapReply> {
  const refused = await refusedEnvelope(request, ['retrieveTIGroups'], options);
  if (refused) return refused;
  let payload;
  let common;
  let search;
  try {
    payload = bodyPayload(request.envelope, NS.retrieveTIGroupsIntf, 'retrieveTIGroupsRequest');
    common = readCommonRequest(payload);
    search = requiredChild(payload, 'searchInformation');
  } catch (error) {
    return invalidStructure(error instanceof Error ? error.message : String(error));
  }
  const ssin = childText(search, 'ssin') ?? '';
  // The schema's defaults: French, current values only.
  const language = (childText(search, 'language') ?? 'fr') as ExtractLanguage;
  const history = childBoolean(search, 'history', false);

  const outcome = checkRequest(
    {
      contextAllowed: common.legalContext === REGISTER_EXTRACT_LEGAL_CONTEXT,
      customerCbe: common.customerCbe,
      clientCbe: request.clientCbe,
      ssin,
      refuseBis: true,
      ...(options.registrations ? { registrations: options.registrations } : {}),
    },
    options.registry,
  );

  let value: string;
  let code: string;
  let information: Information[];
  let extract: XmlTree | undefined;
  if (outcome.kind === 'status') {
    ({ value, code, information } = outcome);
  } else {
    information = outcome.information;
    const found = registerExtract(
      outcome.match.persona,
      outcome.match.finalNiss,
      language,
      history,
    );
    if (found.count === 0) {
      value = 'NO_DATA_FOUND';
      code = 'MSG00100';
    } else {
      value = 'DATA_FOUND';
      code = 'MSG00000';
      extract = found.tree;
    }
  }

  const response: XmlTree = {
    'v2:retrieveTIGroupsResponse': {
      '@_xmlns:v2': NS.retrieveTIGroupsIntf,
      informationCustomer: echo(common.informationCustomer),
      informationCBSS: informationCbss(request),
      legalContext: childText(payload, 'legalContext') ?? '',
      searchInformation: echo(search),
      status: statusTree(value, code, information),
      ...(extract ? { rrn_it_implicit: extract } : {}),
    },
  };
  return { kind: 'response', payloadXml: buildXml(response) };
}
