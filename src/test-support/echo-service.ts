// Test-only: the smallest SOAP service for the transport's tests, on the simulator's server. It answers with the
// CBE of the client certificate it saw in the TLS handshake and the ticket it gave, so a test can tell that
// mutual TLS reached it (through a proxy's tunnel too).
import type { SoapService } from '../simulator/soap-service';

export const ECHO_SERVICE: SoapService = {
  name: 'Echo',
  path: '/echo',
  soapActions: ['urn:echo'],
  handle: async (request) => ({
    kind: 'response',
    payloadXml: `<echo xmlns="urn:test" cbe="${request.clientCbe ?? ''}" ticket="${request.ticketCBSS}"/>`,
  }),
};

/** A SOAP 1.1 request the echo service accepts. */
export const PING_ENVELOPE =
  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><ping xmlns="urn:test"/></soapenv:Body></soapenv:Envelope>';
