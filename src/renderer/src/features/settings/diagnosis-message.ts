// A connection test's diagnosis as the key and values of its message, and the facts worth showing beside it.
import type { ConnectionDiagnosis } from '../../../../shared/contract/settings';
import { formatDay } from '../../../../shared/presentation/format';
import type { ErrorFact } from '../../components/error-facts';

export interface DiagnosisMessage {
  /** Under settings.connection.result. */
  key: string;
  values: Record<string, string | number>;
  success: boolean;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;
const date = (iso: string | null) => (iso ? formatDay(iso) : '?');

export function diagnosisMessage(diagnosis: ConnectionDiagnosis): DiagnosisMessage {
  const failed = (key: string, values: Record<string, string | number> = {}) => ({
    key,
    values,
    success: false,
  });
  switch (diagnosis.code) {
    case 'ok':
      return {
        key: 'ok',
        values: { ms: diagnosis.roundTripMs, protocol: diagnosis.tlsProtocol },
        success: true,
      };
    case 'dns':
      return failed('dns', { host: diagnosis.host });
    case 'refused':
      return failed('refused', { host: diagnosis.host, port: diagnosis.port });
    case 'timeout':
      return failed(diagnosis.phase === 'connect' ? 'timeoutConnect' : 'timeoutAnswer', {
        host: diagnosis.host,
        port: diagnosis.port,
        seconds: seconds(diagnosis.timeoutMs),
      });
    case 'server-untrusted':
      return failed('serverUntrusted', { host: diagnosis.host });
    case 'tls-failed':
      return failed('tlsFailed', { host: diagnosis.host });
    case 'client-certificate-refused':
      return failed('clientRefused', { host: diagnosis.host });
    case 'client-certificate-expired':
      return failed(
        diagnosis.refusedBy === 'local' ? 'clientExpiredLocal' : 'clientExpiredServer',
        {
          date: date(diagnosis.validTo),
        },
      );
    case 'client-certificate-not-yet-valid':
      return failed('clientNotYetValid', { date: date(diagnosis.validFrom) });
    case 'client-certificate-unusable':
      return failed('clientUnusable');
    case 'soap-fault':
      // The BCSS's "no service on this URL": the address, not the service, is wrong.
      if (diagnosis.reasonCode === 'MSG00052') {
        return failed('wrongAddress');
      }
      return failed('soapFault');
    case 'http-error':
      return failed('httpError', { status: diagnosis.status });
    case 'unexpected-answer':
      return failed('unexpectedAnswer');
    case 'connection-dropped':
      return failed('connectionDropped', { host: diagnosis.host });
    case 'proxy-unreachable':
      return failed('proxyUnreachable', { proxy: diagnosis.proxy });
    case 'proxy-auth-required':
      return failed('proxyAuthRequired', { proxy: diagnosis.proxy });
    case 'proxy-refused':
      return failed('proxyRefused', { proxy: diagnosis.proxy, status: diagnosis.status });
    case 'network':
      return failed('network');
    case 'cancelled':
      return failed('cancelled');
  }
}

/**
 * What a failed test leaves for IT and the BCSS service desk, behind "technical details": the verdict's code,
 * the BCSS's code and own text, what the system said. Never in the sentence itself.
 */
export function diagnosisTechnical(diagnosis: ConnectionDiagnosis): ErrorFact[] {
  if (diagnosis.code === 'ok') return [];
  const facts: ErrorFact[] = [{ kind: 'diagnosis', value: diagnosis.code }];
  if (diagnosis.code === 'soap-fault') {
    facts.push({ kind: 'bcssCode', value: diagnosis.reasonCode ?? diagnosis.faultCode });
    if (diagnosis.description) facts.push({ kind: 'description', value: diagnosis.description });
    if (diagnosis.ticketCBSS) facts.push({ kind: 'ticket', value: diagnosis.ticketCBSS });
  }
  if (diagnosis.code === 'server-untrusted')
    facts.push({ kind: 'detail', value: diagnosis.reason });
  if (diagnosis.code === 'unexpected-answer')
    facts.push({ kind: 'detail', value: diagnosis.reason });
  if ('detail' in diagnosis && diagnosis.detail) {
    facts.push({ kind: 'detail', value: diagnosis.detail });
  }
  return facts;
}
