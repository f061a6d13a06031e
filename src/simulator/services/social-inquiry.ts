// The simulated SPP IS Social Inquiry operation (our model, DOMAIN.md §3): validates the request, applies the BCSS checks, answers from the personas.
import type { SoapReply, SoapRequest, SoapService } from '../soap-service';
import { emptyHistory, type PersonaRegistry } from '../personas';
import type { AccessRegistrations } from './access-registrations';
import { checkRequest, STATUS_DESCRIPTIONS, type Information } from './checks';
import type { QueryPeriod } from './periods';
import { inquirySections } from './social-inquiry-answer';
import { bodyPayload, invalidStructure } from './soap-payload';
import { NS, type ValidateOptions } from './schemas';
import { echo, refusedEnvelope, requiredChild } from './new-style';
import { buildXml, child, childText, compact, type XmlElement, type XmlTree } from './xml';

export const SOCIAL_INQUIRY_PATH = '/SOA4520/SocialInquiryService/v1';
export const SOCIAL_INQUIRY_ACTION = `${NS.socialInquiryIntf}/socialInquiry`;
/** The only legal context under which a CPAS may run a social inquiry. */
export const SOCIAL_INQUIRY_LEGAL_CONTEXT = 'PCSA:SOCIAL_INQUIRY';

export interface ServiceOptions extends ValidateOptions {
  registry: PersonaRegistry;
  /** The CPAS's ManageAccess registrations: a registered person no longer gets MSG00012. */
  registrations?: AccessRegistrations;
}

export function socialInquiryService(options: ServiceOptions): SoapService {
  return {
    name: 'SocialInquiry',
    path: SOCIAL_INQUIRY_PATH,
    soapActions: [SOCIAL_INQUIRY_ACTION],
    handle: (request) => handleSocialInquiry(request, options),
  };
}

async function handleSocialInquiry(
  request: SoapRequest,
  options: ServiceOptions,
): Promise<SoapReply> {
  const refused = await refusedEnvelope(request, ['socialInquiry'], options);
  if (refused) return refused;
  let read: InquiryRequest;
  try {
    read = readRequest(bodyPayload(request.envelope, NS.socialInquiryIntf, 'socialInquiryRequest'));
  } catch (error) {
    return invalidStructure(error instanceof Error ? error.message : String(error));
  }
  const { payload, informationCustomer, criteria, query } = read;

  const outcome = checkRequest(
    {
      contextAllowed: read.legalContext === SOCIAL_INQUIRY_LEGAL_CONTEXT,
      customerCbe: read.customerCbe,
      clientCbe: request.clientCbe,
      ssin: read.ssin,
      period: query,
      ...(options.registrations ? { registrations: options.registrations } : {}),
    },
    options.registry,
  );

  let statusValue: string;
  let code: string;
  let information: Information[];
  let finalSsin: string | undefined;
  let sections: XmlTree = {};
  if (outcome.kind === 'status') {
    ({ value: statusValue, code, information } = outcome);
    finalSsin = outcome.finalNiss;
  } else {
    const { persona, finalNiss } = outcome.match;
    const found = inquirySections(
      persona.history ?? emptyHistory(),
      query,
      request.settings.socialInquiryVersion,
    );
    finalSsin = finalNiss;
    information = outcome.information;
    if (found.count === 0) {
      statusValue = 'NO_DATA_FOUND';
      code = 'MSG00100';
    } else {
      statusValue = 'DATA_FOUND';
      code = 'MSG00000';
      sections = found.tree;
    }
  }

  const repliedAt = new Date(Math.max(Date.now(), request.receivedAt.getTime()));
  const response: XmlTree = {
    'v1:socialInquiryResponse': {
      '@_xmlns:v1': NS.socialInquiryIntf,
      informationCustomer: echo(informationCustomer),
      informationCBSS: {
        ticketCBSS: request.ticketCBSS,
        timestampReceive: request.receivedAt.toISOString(),
        timestampReply: repliedAt.toISOString(),
      },
      legalContext: child(payload, 'legalContext')?.text ?? '',
      criteria: echo(criteria),
      status: compact({
        value: statusValue,
        code,
        description: STATUS_DESCRIPTIONS[code],
        information: information.length > 0 ? information.map((i) => ({ ...i })) : undefined,
      }),
      ...compact({ ssin: finalSsin }),
      ...sections,
    },
  };
  return { kind: 'response', payloadXml: buildXml(response) };
}

interface InquiryRequest {
  payload: XmlElement;
  informationCustomer: XmlElement;
  criteria: XmlElement;
  legalContext: string;
  ssin: string;
  query: QueryPeriod;
  /** Null when the customer is identified by sector and institution rather than by CBE number. */
  customerCbe: string | null;
}

/** The values the checks need; the schema already guaranteed the elements, so a gap is a structure error. */
function readRequest(payload: XmlElement): InquiryRequest {
  const informationCustomer = requiredChild(payload, 'informationCustomer');
  const criteria = requiredChild(payload, 'criteria');
  const period = requiredChild(criteria, 'period');
  return {
    payload,
    informationCustomer,
    criteria,
    legalContext: childText(payload, 'legalContext') ?? '',
    ssin: childText(criteria, 'ssin') ?? '',
    query: {
      begin: dateOnly(childText(period, 'beginDate')),
      end: dateOnly(childText(period, 'endDate')),
    },
    customerCbe:
      childText(requiredChild(informationCustomer, 'customerIdentification'), 'cbeNumber') ?? null,
  };
}

/** xsd:date may carry a time zone (2024-01-01Z, 2024-01-01+01:00): the day is what counts here. */
function dateOnly(text: string | undefined): string {
  return (text ?? '').slice(0, 10);
}
