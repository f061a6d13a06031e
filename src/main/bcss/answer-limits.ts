// How big, deep and long each service's answers may be: set from the largest answers the simulator gives for
// every demo persona (measured 2026-12-07, all services, heavy person included) with a margin. The README's
// security section has the table and what happens past each limit.
import type { ReaderLimits } from './answer-reader';

/** Limits every answer shares: no real answer comes near them. */
const COMMON = {
  /** Measured: 10 levels at most (a ForeignerSituation answer, envelope included). */
  maxDepth: 32,
  /** Measured: 100 characters at most (codes, dates, names, labels); a description is ~1 KB at worst. */
  maxTextLength: 4 * 1024,
  /** Measured: 61 characters at most (namespace declarations). */
  maxAttributeLength: 1024,
} as const;

export type AnswerService =
  | 'SocialInquiry'
  | 'SsdnConnector'
  | 'ListOfAttestation'
  | 'ManageAccess'
  | 'IdentifyPerson'
  | 'RegisterExtract'
  | 'ForeignerSituation';

const MB = 1024 * 1024;
const KB = 1024;

export const ANSWER_LIMITS: Readonly<Record<AnswerService, ReaderLimits>> = {
  /** Measured: the heavy person's answer, 1.97 MB and 57,450 elements (2,159 periods). */
  SocialInquiry: { ...COMMON, maxBytes: 4 * MB, maxElements: 120_000 },
  /**
   * The connector's envelope around an SSDN reply, whose `return` text is the reply document, escaped (measured:
   * 49.8 KB around the heavy person's 37 KB ListOfAttestation reply); sendXML calls double their service's cap.
   */
  SsdnConnector: { ...COMMON, maxBytes: 64 * KB, maxElements: 64 },
  /** Measured: 37 KB and 1,033 elements (the heavy person's attestations). */
  ListOfAttestation: { ...COMMON, maxBytes: 512 * KB, maxElements: 20_000 },
  /** Measured: 2 KB and 49 elements (a person's registrations). */
  ManageAccess: { ...COMMON, maxBytes: 64 * KB, maxElements: 2_000 },
  /** Measured: 1.9 KB and 45 elements for one person; a search returns 80 at most (SEARCH_LIMITS). */
  IdentifyPerson: { ...COMMON, maxBytes: 512 * KB, maxElements: 10_000 },
  /** Measured: 34 KB and 1,308 elements (the heavy person's extract with history). */
  RegisterExtract: { ...COMMON, maxBytes: 512 * KB, maxElements: 20_000 },
  /** Measured: 1.8 KB and 44 elements. */
  ForeignerSituation: { ...COMMON, maxBytes: 64 * KB, maxElements: 2_000 },
};
