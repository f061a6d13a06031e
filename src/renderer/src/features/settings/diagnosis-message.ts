// A connection test's diagnosis as the key and values of its message, and the facts worth showing beside it.
import type { ConnectionDiagnosis } from '../../../../shared/contract/settings';
import { formatDay } from '../../../../shared/presentation/format';

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
      return failed('serverUntrusted', { host: diagnosis.host, reason: diagnosis.reason });
    case 'tls-failed':
      return failed('tlsFailed', { host: diagnosis.host, detail: diagnosis.detail });
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
      return failed('clientUnusable', { detail: diagnosis.detail });
    case 'soap-fault':
      // The BCSS's "no service on this URL": the address, not the service, is wrong.
      if (diagnosis.reasonCode === 'MSG00052') {
        return failed('wrongAddress', { reasonCode: diagnosis.reasonCode });
      }
      return failed('soapFault', {
        reasonCode: diagnosis.reasonCode ?? diagnosis.faultCode,
        description: diagnosis.description,
      });
    case 'http-error':
      return failed('httpError', { status: diagnosis.status });
    case 'unexpected-answer':
      return failed('unexpectedAnswer');
    case 'connection-dropped':
      return failed('connectionDropped', { host: diagnosis.host });
    case 'proxy-unreachable':
      return failed('proxyUnreachable', { proxy: diagnosis.proxy, detail: diagnosis.detail });
    case 'proxy-auth-required':
      return failed('proxyAuthRequired', { proxy: diagnosis.proxy });
    case 'proxy-refused':
      return failed('proxyRefused', { proxy: diagnosis.proxy, status: diagnosis.status });
    case 'network':
      return failed('network', { detail: diagnosis.detail });
    case 'cancelled':
      return failed('cancelled');
  }
}
