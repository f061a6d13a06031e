// What can go wrong in a BCSS call besides the network: a SOAP fault, an HTTP error without one,
// or a business status that is not an answer.
import type { CbssFaultDetail } from './fault-types';

export class BcssFault extends Error {
  constructor(
    readonly faultCode: string,
    readonly faultString: string,
    readonly details: CbssFaultDetail[],
    readonly httpStatus: number,
    readonly ticketCBSS: string | null = null,
  ) {
    super(`SOAP fault ${faultCode}: ${details[0]?.reasonCode ?? ''} ${faultString}`);
    this.name = 'BcssFault';
  }

  get reasonCode(): string | null {
    return this.details[0]?.reasonCode ?? null;
  }

  /** Only the server's failures are worth another try (DOMAIN.md §4). */
  get transient(): boolean {
    return /Server$/.test(this.faultCode);
  }
}

export class BcssHttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status} without a SOAP fault`);
    this.name = 'BcssHttpError';
  }

  get transient(): boolean {
    return this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/** A status other than DATA_FOUND / NO_DATA_FOUND: the BCSS refused or could not answer. */
export class BcssStatusError extends Error {
  constructor(
    readonly value: string,
    readonly code: string,
    readonly description: string,
    readonly information: Record<string, string>,
    readonly ticketCBSS: string | null,
  ) {
    super(`BCSS status ${value} ${code}: ${description}`);
    this.name = 'BcssStatusError';
  }
}
