// What can go wrong in a BCSS call besides the network: a SOAP fault, an HTTP error without one,
// or a business status that is not an answer.
import type { CbssFaultDetail } from './fault-types';
import { bounded, boundedOrNull } from './server-strings';

export class BcssFault extends Error {
  readonly faultCode: string;
  readonly faultString: string;
  readonly details: CbssFaultDetail[];
  readonly ticketCBSS: string | null;

  /** The server's strings are bounded here, before anything reads them (server-strings.ts). */
  constructor(
    faultCode: string,
    faultString: string,
    details: CbssFaultDetail[],
    readonly httpStatus: number,
    ticketCBSS: string | null = null,
    /** The answer's size in characters: a big fault is not worth another try (retry.ts). */
    readonly answerLength = 0,
  ) {
    const code = bounded(faultCode, 'code');
    const text = bounded(faultString, 'description');
    const kept = details.slice(0, 8).map((detail) => ({
      severity: bounded(detail.severity, 'code'),
      reasonCode: bounded(detail.reasonCode, 'code'),
      diagnostic: bounded(detail.diagnostic, 'description'),
      authorCode: bounded(detail.authorCode, 'code'),
    }));
    super(`SOAP fault ${code}: ${kept[0]?.reasonCode ?? ''} ${text}`);
    this.faultCode = code;
    this.faultString = text;
    this.details = kept;
    this.ticketCBSS = boundedOrNull(ticketCBSS, 'ticket');
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
  constructor(
    readonly status: number,
    /** The error page's size in characters: a big one is not worth another try (retry.ts). */
    readonly answerLength = 0,
  ) {
    super(`HTTP ${status} without a SOAP fault`);
    this.name = 'BcssHttpError';
  }

  get transient(): boolean {
    return this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/** A status other than DATA_FOUND / NO_DATA_FOUND: the BCSS refused or could not answer. */
export class BcssStatusError extends Error {
  readonly value: string;
  readonly code: string;
  readonly description: string;
  readonly information: Record<string, string>;
  readonly ticketCBSS: string | null;

  /** The server's strings are bounded here, before anything reads them (server-strings.ts). */
  constructor(
    value: string,
    code: string,
    description: string,
    information: Record<string, string>,
    ticketCBSS: string | null,
  ) {
    const status = { value: bounded(value, 'code'), code: bounded(code, 'code') };
    const text = bounded(description, 'description');
    super(`BCSS status ${status.value} ${status.code}: ${text}`);
    this.value = status.value;
    this.code = status.code;
    this.description = text;
    this.information = Object.fromEntries(
      Object.entries(information)
        .slice(0, 16)
        .map(([field, content]) => [bounded(field, 'code'), bounded(content, 'description')]),
    );
    this.ticketCBSS = boundedOrNull(ticketCBSS, 'ticket');
    this.name = 'BcssStatusError';
  }
}
