// Our model of the four Nova+ XML lists (resources/schemas/nova-lists/NovaListsV1.xsd): the rows the app keeps, and the
// field table each row is checked against. No public XSD exists; this mirrors ours, field for field.
import { parseCbe, parseNiss } from './niss';

export const NOVA_LISTS_NAMESPACE = 'http://www.mi-is.be/xsd/nova/lists/v1';

/** The four lists of seed 000: 1 status changes, 2 blocking/unblocking (daily), 3 statements, 4 rejections (monthly). */
export const LIST_KINDS = ['status', 'blocking', 'statement', 'rejection'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

export const LEGAL_BASES = ['RIS', 'LOI65', 'ORGANIC'] as const;
export type ListLegalBasis = (typeof LEGAL_BASES)[number];

export interface ListHeader {
  cbe: string;
  productionDate: string;
  sequenceNumber: number;
  /** Monthly lists only: 'YYYY-MM'. */
  closedMonth: string | null;
}

export interface StatusChangeRow {
  kind: 'status';
  niss: string;
  date: string;
  legalBasis: ListLegalBasis;
  dossier: string | null;
  previousStatus: string | null;
  newStatus: string;
}

export interface BlockingRow {
  kind: 'blocking';
  niss: string;
  action: 'BLOCK' | 'UNBLOCK';
  date: string;
  legalBasis: ListLegalBasis;
  formReference: string;
  dossier: string | null;
  reason: 'OVERLAP' | 'A_POSTERIORI';
  otherCpasCbe: string | null;
  otherCpasName: string | null;
}

export interface StatementRow {
  kind: 'statement';
  niss: string;
  legalBasis: ListLegalBasis;
  dossier: string | null;
  formReference: string | null;
  /** The month the amount is for ('YYYY-MM'). */
  month: string;
  /** The closed month of the file that carried it. */
  closedMonth: string;
  /** Euro cents: exact sums, no floating point. */
  dueCents: number;
  recoveredCents: number;
}

export interface RejectionRow {
  kind: 'rejection';
  niss: string;
  legalBasis: ListLegalBasis;
  formReference: string;
  dossier: string | null;
  codes: string[];
  closedMonth: string;
}

/** The rejection list's closing section: how often each error code occurred that month. */
export interface ErrorFrequencyRow {
  kind: 'frequency';
  closedMonth: string;
  code: string;
  count: number;
}

export type ListRow =
  StatusChangeRow | BlockingRow | StatementRow | RejectionRow | ErrorFrequencyRow;

/** Why a value does not fit its type; the reader reports it with the field's name and line. */
export type FieldType =
  | 'ssin'
  | 'cbe'
  | 'date'
  | 'month'
  | 'amount'
  | 'legalBasis'
  | 'reference'
  | 'statusCode'
  | 'errorCode'
  | 'blockingAction'
  | 'blockingReason'
  | 'positiveInteger'
  | 'text';

export interface FieldSpec {
  /** Element name; a dotted name is a child of a group element (otherCpas.cbeNumber). */
  name: string;
  type: FieldType;
  optional?: boolean;
  /** How many times it may occur (default 1). */
  max?: number;
}

const DAILY_HEADER: FieldSpec[] = [
  { name: 'cbeNumber', type: 'cbe' },
  { name: 'productionDate', type: 'date' },
  { name: 'sequenceNumber', type: 'positiveInteger' },
];
const MONTHLY_HEADER: FieldSpec[] = [...DAILY_HEADER, { name: 'closedMonth', type: 'month' }];

export interface ListFormat {
  kind: ListKind;
  root: string;
  monthly: boolean;
  header: FieldSpec[];
  row: { element: string; fields: FieldSpec[] };
  /** The rejection list's frequency section: a wrapper element holding records. */
  trailer?: { wrapper: string; element: string; fields: FieldSpec[] };
}

export const LIST_FORMATS: Record<ListKind, ListFormat> = {
  status: {
    kind: 'status',
    root: 'statusChangeList',
    monthly: false,
    header: DAILY_HEADER,
    row: {
      element: 'statusChange',
      fields: [
        { name: 'ssin', type: 'ssin' },
        { name: 'eventDate', type: 'date' },
        { name: 'legalBasis', type: 'legalBasis' },
        { name: 'dossierReference', type: 'reference', optional: true },
        { name: 'previousStatus', type: 'statusCode', optional: true },
        { name: 'newStatus', type: 'statusCode' },
      ],
    },
  },
  blocking: {
    kind: 'blocking',
    root: 'blockingList',
    monthly: false,
    header: DAILY_HEADER,
    row: {
      element: 'blocking',
      fields: [
        { name: 'ssin', type: 'ssin' },
        { name: 'action', type: 'blockingAction' },
        { name: 'eventDate', type: 'date' },
        { name: 'legalBasis', type: 'legalBasis' },
        { name: 'formReference', type: 'reference' },
        { name: 'dossierReference', type: 'reference', optional: true },
        { name: 'reason', type: 'blockingReason' },
        { name: 'otherCpas.cbeNumber', type: 'cbe', optional: true },
        { name: 'otherCpas.name', type: 'text', optional: true },
      ],
    },
  },
  statement: {
    kind: 'statement',
    root: 'monthlyStatementList',
    monthly: true,
    header: MONTHLY_HEADER,
    row: {
      element: 'statement',
      fields: [
        { name: 'ssin', type: 'ssin' },
        { name: 'legalBasis', type: 'legalBasis' },
        { name: 'dossierReference', type: 'reference', optional: true },
        { name: 'formReference', type: 'reference', optional: true },
        { name: 'concernedMonth', type: 'month' },
        { name: 'amountDue', type: 'amount' },
        { name: 'amountRecovered', type: 'amount' },
      ],
    },
  },
  rejection: {
    kind: 'rejection',
    root: 'rejectionList',
    monthly: true,
    header: MONTHLY_HEADER,
    row: {
      element: 'rejection',
      fields: [
        { name: 'ssin', type: 'ssin' },
        { name: 'legalBasis', type: 'legalBasis' },
        { name: 'formReference', type: 'reference' },
        { name: 'dossierReference', type: 'reference', optional: true },
        { name: 'errorCode', type: 'errorCode', max: 20 },
      ],
    },
    trailer: {
      wrapper: 'errorCodeFrequencies',
      element: 'errorCodeFrequency',
      fields: [
        { name: 'errorCode', type: 'errorCode' },
        { name: 'count', type: 'positiveInteger' },
      ],
    },
  },
};

export function listFormatByRoot(root: string): ListFormat | null {
  return Object.values(LIST_FORMATS).find((format) => format.root === root) ?? null;
}

const PATTERNS: Partial<Record<FieldType, RegExp>> = {
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  amount: /^\d{1,13}\.\d{2}$/,
  reference: /^[A-Za-z0-9/._-]{1,40}$/,
  statusCode: /^[A-Z][A-Z0-9_]{0,39}$/,
  errorCode: /^[A-Z]\d{3}$/,
  positiveInteger: /^0*[1-9]\d{0,8}$/,
};

const ENUMS: Partial<Record<FieldType, readonly string[]>> = {
  legalBasis: LEGAL_BASES,
  blockingAction: ['BLOCK', 'UNBLOCK'],
  blockingReason: ['OVERLAP', 'A_POSTERIORI'],
};

/** Whether `value` (already trimmed) fits `type`: the XSD's facets, plus the NISS and CBE check digits. */
export function fieldValueFits(type: FieldType, value: string): boolean {
  switch (type) {
    case 'ssin':
      return /^\d{11}$/.test(value) && parseNiss(value).ok;
    case 'cbe':
      return /^[01]\d{9}$/.test(value) && parseCbe(value).ok;
    case 'text':
      return value.length > 0 && value.length <= 200;
    case 'date': {
      if (!PATTERNS.date!.test(value)) return false;
      const date = new Date(`${value}T00:00:00Z`);
      return date.toISOString().slice(0, 10) === value;
    }
    default: {
      const pattern = PATTERNS[type];
      if (pattern) return pattern.test(value);
      return ENUMS[type]?.includes(value) ?? false;
    }
  }
}

/** '1234.56' → 123456 (the format is checked first: two fraction digits, at most 13 integer digits). */
export function amountToCents(amount: string): number {
  const [euros = '0', cents = '0'] = amount.split('.');
  return Number(euros) * 100 + Number(cents);
}

/** 123456 → '1234.56', as the files write it. */
export function centsToAmount(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * The error codes of the rejection list (our model: SPP IS publishes its list with the files, not in public).
 * Labels live in the catalogue (lists.errorCodes.<code>); a code outside this list is shown as unknown.
 */
export const REJECTION_CODES = [
  'E101',
  'E102',
  'E201',
  'E202',
  'E301',
  'E302',
  'E401',
  'E402',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export function isKnownRejectionCode(code: string): code is RejectionCode {
  return (REJECTION_CODES as readonly string[]).includes(code);
}
