// Why a list file is refused whole: its name, the line, the reason (and the field and value when a row is at fault).
export type ListRefusalReason =
  /** Nothing in the file (0 bytes or only white space). */
  | 'empty'
  /** Not well-formed XML (or not UTF-8 text). */
  | 'malformed'
  /** The file stops before its end: a cut download. */
  | 'truncated'
  /** A DOCTYPE: never in our lists, refused before anything is expanded. */
  | 'doctype'
  /** The root is none of the four lists, or in another namespace. */
  | 'unknown-list'
  /** An element the model does not have at this place, or a required one missing, or out of order. */
  | 'unexpected-element'
  | 'missing-field'
  /** A value that does not fit its type (NISS check digits, date, amount with two decimals...). */
  | 'invalid-value';

export interface ListRefusalFacts {
  file: string;
  /** 1-based; 0 when the file has no line to point at (empty). */
  line: number;
  reason: ListRefusalReason;
  /** The element concerned (e.g. `statement/amountDue`). */
  field?: string;
  /** The offending value, cut to 40 characters. */
  value?: string;
}

export class ListFileRefused extends Error {
  constructor(readonly facts: ListRefusalFacts) {
    super(
      `${facts.file}, line ${facts.line}: ${facts.reason}${facts.field ? ` (${facts.field}${facts.value !== undefined ? ` = "${facts.value}"` : ''})` : ''}`,
    );
    this.name = 'ListFileRefused';
  }
}
