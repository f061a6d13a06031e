// The seam between the simulator's transport (TLS, HTTP, SOAP 1.1 checks, fault injection) and its
// BCSS services (schemas, personas, status codes): a service receives the raw envelope, returns data.

/** One `detail` of a BCSS `CBSSFaultType` (CommonV3). */
export interface CbssFaultDetail {
  severity: 'INFORMATION' | 'WARNING' | 'FATAL';
  reasonCode: string;
  diagnostic: string;
  authorCode: string;
}

export interface CbssFault {
  /** SOAP 1.1 faultcode: the client's mistake or the server's failure. */
  faultCode: 'soapenv:Client' | 'soapenv:Server';
  faultString: string;
  details: CbssFaultDetail[];
  /** HTTP status to send with the fault (500 by default, as SOAP 1.1 wants). */
  httpStatus?: number;
}

export interface SimulatorSettings {
  /** 1: Social Inquiry answers sections 1-4 only (as first published); 2: all eight sections. */
  socialInquiryVersion: 1 | 2;
}

export interface SoapRequest {
  /** The whole SOAP 1.1 envelope as received (UTF-8, size-capped, DOCTYPE-free, not yet parsed). */
  envelope: string;
  /** The SOAPAction header, unquoted. */
  soapAction: string;
  /** The CBE number carried by the client certificate's subject, or null when it carries none. */
  clientCbe: string | null;
  /** A fresh UUID for this call: the service puts it in `informationCBSS.ticketCBSS`. */
  ticketCBSS: string;
  /** When the simulator received the call (for `timestampReceive`). */
  receivedAt: Date;
  settings: SimulatorSettings;
}

export type SoapReply =
  /** `payloadXml` is the single element to put inside soap:Body, with its namespace declarations. */
  { kind: 'response'; payloadXml: string } | { kind: 'fault'; fault: CbssFault };

export interface SoapService {
  /** Human name for logs, e.g. 'SocialInquiry'. */
  name: string;
  /** URL path the service answers on, e.g. '/SOA4520/SocialInquiryService/v1'. */
  path: string;
  /** Accepted SOAPAction values; anything else gets the MSG00051 fault from the transport. */
  soapActions: string[];
  handle(request: SoapRequest): Promise<SoapReply>;
}
