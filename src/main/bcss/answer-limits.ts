// How big, deep and long each service's answers may be, set from the simulator's largest answers with a
// margin (README, security section: the measurements and what happens past each limit).
import type { ReaderLimits } from './answer-reader';

/** Limits every answer shares: no real answer comes near them. */
const COMMON = {
  /** The deepest real answer (a Tx25 extract) nests 9 levels. */
  maxDepth: 32,
  /** Codes, dates, names, descriptions: the longest real text is a few hundred characters. */
  maxTextLength: 8 * 1024,
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
  SocialInquiry: { ...COMMON, maxBytes: 4 * MB, maxElements: 200_000 },
  /** The connector's envelope around any SSDN reply: its `return` text is the reply document. */
  SsdnConnector: { ...COMMON, maxBytes: 4 * MB, maxElements: 64 },
  ListOfAttestation: { ...COMMON, maxBytes: 4 * MB, maxElements: 200_000 },
  ManageAccess: { ...COMMON, maxBytes: 256 * KB, maxElements: 10_000 },
  IdentifyPerson: { ...COMMON, maxBytes: 256 * KB, maxElements: 10_000 },
  RegisterExtract: { ...COMMON, maxBytes: 1 * MB, maxElements: 50_000 },
  ForeignerSituation: { ...COMMON, maxBytes: 256 * KB, maxElements: 10_000 },
};
