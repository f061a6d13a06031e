// The simulated BCSS SSDN connector: sendXML carries an SSDN request as text, dispatched by ServiceId to the SSDN services, and returns the SSDN reply as text.
import type { SoapReply, SoapRequest, SoapService } from '../soap-service';
import { STATUS_DESCRIPTIONS, type Information } from './checks';
import { NS, validateXml, type SchemaName, type ValidateOptions } from './schemas';
import { bodyPayload, invalidStructure, StructureError } from './soap-payload';
import {
  buildXml,
  child,
  childRawText,
  childText,
  compact,
  parseXml,
  type XmlElement,
  type XmlTree,
} from './xml';

export const SSDN_CONNECTOR_PATH = '/SOA4520/WebServiceConnector';
export const SSDN_SEND_XML_ACTION = `${NS.webServiceConnector}/sendXML`;
/** MatrixID of the CPAS sector in the social security network. */
export const CPAS_SECTOR = 17;

export interface SsdnDetail {
  severity: 'INFORMATION' | 'WARNING' | 'ERROR';
  reasonCode: string;
  diagnostic: string;
  information: Information[];
}

/** One ServiceReply's outcome: ResultSummary ok/ReturnCode follow from `ok`. */
export interface SsdnServiceResult {
  ok: 'YES' | 'NO' | 'WARNING';
  details: SsdnDetail[];
  /** The service reply body (its root element with its namespace declaration). */
  payload?: XmlTree;
}

export interface SsdnContext {
  /** The CBE of the client certificate, already checked against AuthorizedUser/OrgUnit. */
  clientCbe: string;
}

export interface SsdnServiceHandler {
  serviceId: string;
  version: string;
  /** The payload schemas loaded next to the SSDN envelope (ServiceRequest's wildcard is lax). */
  schemas: SchemaName[];
  /** The element a ServiceRequest of this service carries. */
  payload: { ns: string; local: string };
  handle(payload: XmlElement, context: SsdnContext): SsdnServiceResult;
}

export interface SsdnConnectorOptions extends ValidateOptions {
  handlers: SsdnServiceHandler[];
}

const RETURN_CODES = { YES: 0, WARNING: 1, NO: 10000 } as const;
const AUTHOR_CODE = 'CBSS';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export function ssdnConnectorService(options: SsdnConnectorOptions): SoapService {
  return {
    name: 'SSDN',
    path: SSDN_CONNECTOR_PATH,
    soapActions: [SSDN_SEND_XML_ACTION],
    handle: (request) => handleSendXml(request, options),
  };
}

async function handleSendXml(
  request: SoapRequest,
  options: SsdnConnectorOptions,
): Promise<SoapReply> {
  if (/<!DOCTYPE|<!ENTITY/i.test(request.envelope)) return invalidStructure('a DTD is not allowed');
  const outer = await validateXml(
    request.envelope,
    ['soapEnvelope', 'webServiceConnector'],
    options,
  );
  if (!outer.valid) return invalidStructure(outer.errors[0] ?? 'invalid message');
  let inner: string;
  try {
    const sendXml = bodyPayload(request.envelope, NS.webServiceConnector, 'sendXML');
    inner = (childRawText(sendXml, 'xmlString', NS.webServiceConnector) ?? '').trim();
  } catch (error) {
    return invalidStructure(message(error));
  }
  // The SSDN request is a document of its own: no DTD, and valid against the envelope and payload schemas.
  if (/<!DOCTYPE|<!ENTITY/i.test(inner)) return invalidStructure('xmlString: a DTD is not allowed');
  const schemas = new Set<SchemaName>(['ssdn', ...options.handlers.flatMap((h) => h.schemas)]);
  const validation = await validateXml(inner, [...schemas], options);
  if (!validation.valid) return invalidStructure(`xmlString: ${validation.errors[0] ?? 'invalid'}`);

  let replyXml: string;
  try {
    replyXml = ssdnReply(parseXml(inner), request, options.handlers);
  } catch (error) {
    if (error instanceof StructureError) return invalidStructure(`xmlString: ${error.message}`);
    throw error;
  }
  const response = buildXml({
    'wsc:sendXMLResponse': {
      '@_xmlns:wsc': NS.webServiceConnector,
      'wsc:return': XML_DECLARATION + replyXml,
    },
  });
  return { kind: 'response', payloadXml: response };
}

function ssdnReply(root: XmlElement, request: SoapRequest, handlers: SsdnServiceHandler[]): string {
  if (root.ns !== NS.ssdnService || root.local !== 'SSDNRequest') {
    throw new StructureError('expected an SSDNRequest');
  }
  const context = child(root, 'RequestContext', NS.ssdnService);
  const user = context && child(context, 'AuthorizedUser', NS.ssdnService);
  if (!context || !user) throw new StructureError('missing RequestContext/AuthorizedUser');
  const message = child(context, 'Message', NS.ssdnService);
  const orgUnit = childText(user, 'OrgUnit', NS.ssdnService) ?? null;
  const matrixId = Number(childText(user, 'MatrixID', NS.ssdnService));

  // The organisation must be the certificate's, and a CPAS; otherwise nothing is dispatched.
  let refusal: SsdnDetail | null = null;
  if (matrixId !== CPAS_SECTOR)
    refusal = detail('MSG00013', [{ fieldName: 'MatrixID', fieldValue: String(matrixId) }]);
  else if (request.clientCbe === null || orgUnit !== request.clientCbe)
    refusal = detail('MSG00014', []);

  const serviceReplies: XmlTree[] = [];
  if (!refusal) {
    const clientCbe = request.clientCbe as string;
    for (const serviceRequest of root.children.filter(
      (c) => c.ns === NS.ssdnService && c.local === 'ServiceRequest',
    )) {
      serviceReplies.push(serviceReply(serviceRequest, handlers, clientCbe));
    }
  }

  const repliedAt = new Date(Math.max(Date.now(), request.receivedAt.getTime()));
  return buildXml({
    SSDNReply: {
      '@_xmlns': NS.ssdnService,
      '@_xmlns:common': NS.ssdnCommon,
      ReplyContext: {
        ...resultSummary(refusal ? 'NO' : 'YES', refusal ? [refusal] : []),
        AuthorizedUser: compact({
          UserID: childRawText(user, 'UserID', NS.ssdnService) ?? '',
          Email: childRawText(user, 'Email', NS.ssdnService) ?? '',
          OrgUnit: childRawText(user, 'OrgUnit', NS.ssdnService),
          MatrixID: childRawText(user, 'MatrixID', NS.ssdnService) ?? '',
          MatrixSubID: childRawText(user, 'MatrixSubID', NS.ssdnService),
        }),
        Message: compact({
          Reference: message && childRawText(message, 'Reference', NS.ssdnService),
          Ticket: request.ticketCBSS,
          TimeRequest: message && childRawText(message, 'TimeRequest', NS.ssdnService),
          TimeReceive: ssdnTime(request.receivedAt),
          TimeResponse: ssdnTime(repliedAt),
        }),
      },
      ...(serviceReplies.length > 0 ? { ServiceReply: serviceReplies } : {}),
    },
  });
}

function serviceReply(
  serviceRequest: XmlElement,
  handlers: SsdnServiceHandler[],
  clientCbe: string,
): XmlTree {
  const serviceId = childText(serviceRequest, 'ServiceId', NS.ssdnService) ?? '';
  const version = childText(serviceRequest, 'Version', NS.ssdnService) ?? '';
  const payload = serviceRequest.children.find(
    (c) => !(c.ns === NS.ssdnService && (c.local === 'ServiceId' || c.local === 'Version')),
  );
  const handler = handlers.find((h) => h.serviceId === serviceId && h.version === version);
  const header = { ServiceId: serviceId, Version: version };
  if (!handler) {
    const unknown = detail('MSG00008', [
      { fieldName: 'ServiceId', fieldValue: `${serviceId} ${version}`.slice(0, 100) },
    ]);
    return { ...resultSummary('NO', [unknown]), ...header };
  }
  if (!payload || payload.ns !== handler.payload.ns || payload.local !== handler.payload.local) {
    throw new StructureError(
      `${serviceId} expects {${handler.payload.ns}}${handler.payload.local}`,
    );
  }
  const result = handler.handle(payload, { clientCbe });
  return { ...resultSummary(result.ok, result.details), ...header, ...(result.payload ?? {}) };
}

function resultSummary(ok: SsdnServiceResult['ok'], details: SsdnDetail[]): XmlTree {
  return {
    'common:ResultSummary': {
      '@_ok': ok,
      'common:ReturnCode': RETURN_CODES[ok],
      ...(details.length > 0
        ? {
            'common:Detail': details.map((d) =>
              compact({
                'common:Severity': d.severity,
                'common:ReasonCode': d.reasonCode,
                'common:Diagnostic': d.diagnostic,
                'common:AuthorCodeList': AUTHOR_CODE,
                'common:Information':
                  d.information.length > 0
                    ? d.information.slice(0, 5).map((i) => ({
                        'common:FieldName': i.fieldName,
                        'common:FieldValue': i.fieldValue,
                      }))
                    : undefined,
              }),
            ),
          }
        : {}),
    },
  };
}

function detail(code: string, information: Information[]): SsdnDetail {
  return {
    severity: 'ERROR',
    reasonCode: code,
    diagnostic: STATUS_DESCRIPTIONS[code] ?? code,
    information,
  };
}

/** SSDN's t_DateTimeUTC: yyyyMMddThhmmss, in UTC. */
export function ssdnTime(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/[-:]/g, '');
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
