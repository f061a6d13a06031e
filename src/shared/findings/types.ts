// A finding: what puts a reimbursement at risk, as data. The panel, the report and the CSV translate it
// (`answers.findings.<message>.text` with `params`, and `.basis` for the rule's legal basis).
import type { AidDerivation } from '../domain/aid-periods';
import type { Inquiry, InquiryItem, LocalizedText } from '../domain/inquiry';

export const SEVERITIES = ['blocking', 'check', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FINDING_RULES = [
  'overlap',
  'notCompetent',
  'statusWithoutRight',
  'blockedOrFraud',
  'piis',
  'art35',
  'competenceGap',
] as const;
export type FindingRule = (typeof FINDING_RULES)[number];

/** The message of a finding: a key under `answers.findings`, each with a `text` and a `basis`. */
export type FindingMessage =
  | 'overlap'
  | 'overlapOpen'
  | 'notCompetent'
  | 'notResident'
  | 'statusWithoutRight'
  | 'blocked'
  | 'blockedBy'
  | 'fraud'
  | 'piisMissing'
  | 'piisEnded'
  | 'art35'
  | 'art35Reached'
  | 'art35Idle'
  | 'competenceGap';

/** A value put in the sentence: plain (a date as dd/mm/yyyy, a name, a number) or in the three languages. */
export type FindingParam = string | number | LocalizedText;

export interface Finding {
  rule: FindingRule;
  severity: Severity;
  message: FindingMessage;
  params: Record<string, FindingParam>;
  /** The items concerned, selected by the finding's link (the first is the one shown). */
  itemIds: string[];
}

/** What every rule reads: the inquiry's items and request, the aid derived once, the day it was made. */
export interface FindingContext {
  items: readonly InquiryItem[];
  request: Inquiry['request'];
  aid: AidDerivation;
  /** ISO day the inquiry was made: "now" for the rules that look at what is still running. */
  today: string;
}

export type FindingRuleFn = (context: FindingContext) => Finding[];
