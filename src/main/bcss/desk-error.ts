// Turns whatever a BCSS call threw into the typed, localized DeskError the renderer shows.
import type { DeskError } from '../../shared/contract/errors';
import type { MessageKey } from '../../shared/i18n';
import { BcssFault, BcssHttpError, BcssStatusError } from './failures';
import { TransportFailure, type TransportFailureKind } from './transport';
import { bounded } from './server-strings';
import { MalformedXml } from './xml';

const KNOWN_STATUS = new Set([
  'MSG00005',
  'MSG00006',
  'MSG00007',
  'MSG00008',
  'MSG00009',
  'MSG00011',
  'MSG00012',
  'MSG00013',
  'MSG00014',
  'REG00004',
  'REG00101',
]);

const TRANSPORT_KEYS: Record<Exclude<TransportFailureKind, 'cancelled'>, MessageKey> = {
  dns: 'inquiry.error.transport.dns',
  refused: 'inquiry.error.transport.refused',
  timeout: 'inquiry.error.transport.timeout',
  'tls-refused': 'inquiry.error.transport.tlsRefused',
  'tls-protocol': 'inquiry.error.transport.tlsProtocol',
  'client-certificate-expired': 'inquiry.error.transport.clientCertificateExpired',
  'client-certificate-unusable': 'inquiry.error.transport.clientCertificateUnusable',
  'server-untrusted': 'inquiry.error.transport.serverUntrusted',
  'server-pin-mismatch': 'inquiry.error.transport.serverPinMismatch',
  'connection-dropped': 'inquiry.error.transport.connectionDropped',
  oversize: 'inquiry.error.transport.oversize',
  network: 'inquiry.error.transport.network',
  'proxy-unreachable': 'inquiry.error.transport.proxyUnreachable',
  'proxy-auth-required': 'inquiry.error.transport.proxyAuthRequired',
  'proxy-refused': 'inquiry.error.transport.proxyRefused',
  'time-budget': 'inquiry.error.transport.timeBudget',
};

export function toDeskError(error: unknown): DeskError | null {
  if (error instanceof TransportFailure) {
    if (error.kind === 'cancelled')
      return { code: 'CANCELLED', messageKey: 'inquiry.error.cancelled' };
    return {
      code: 'TRANSPORT',
      messageKey: TRANSPORT_KEYS[error.kind],
      details: {
        kind: error.kind,
        // The proxy's address (never its credentials) and its answer, for the message and the IT person.
        ...(error.proxy
          ? {
              proxy: error.proxy.label,
              ...(error.proxy.status ? { status: error.proxy.status } : {}),
            }
          : {}),
        ...(error.budgetMs !== null ? { seconds: Math.round(error.budgetMs / 1000) } : {}),
      },
    };
  }
  if (error instanceof BcssStatusError && error.information.ProofOfAuthentication) {
    // ManageAccess: the name or birth date given as proof is not the person's (our simulator's model).
    return {
      code: 'BCSS_STATUS',
      messageKey: 'access.error.proof',
      details: {
        code: error.code,
        fields: error.information.ProofOfAuthentication,
        ticketCBSS: error.ticketCBSS,
      },
    };
  }
  if (error instanceof BcssStatusError) {
    const known = KNOWN_STATUS.has(error.code);
    return {
      code: 'BCSS_STATUS',
      messageKey: known
        ? (`inquiry.error.status.${error.code}` as MessageKey)
        : 'inquiry.error.status.unknown',
      details: {
        code: error.code,
        description: error.description,
        ticketCBSS: error.ticketCBSS,
        newSsin: error.information.newSSIN ?? null,
        deceiseDate: error.information.deceiseDate ?? null,
      },
    };
  }
  if (error instanceof BcssFault) {
    const code = error.reasonCode ?? error.faultCode;
    const specific = code === 'MSG00015' || code === 'MSG00016';
    return {
      code: 'BCSS_FAULT',
      messageKey: specific
        ? (`inquiry.error.fault.${code}` as MessageKey)
        : error.transient
          ? 'inquiry.error.fault.server'
          : 'inquiry.error.fault.client',
      details: {
        code,
        description: error.details[0]?.diagnostic || error.faultString,
        ticketCBSS: error.ticketCBSS,
      },
    };
  }
  if (error instanceof BcssHttpError) {
    return {
      code: 'BCSS_FAULT',
      messageKey: 'inquiry.error.http',
      details: { status: error.status },
    };
  }
  if (error instanceof MalformedXml) {
    return {
      code: 'BCSS_MALFORMED',
      messageKey: 'inquiry.error.malformed',
      // Which limit or rule the answer broke, for the technical details (bounded: it may quote the server).
      details: { reason: error.reason, detail: bounded(error.detail, 'description') },
    };
  }
  return null;
}
