// The inquiry as a versioned JSON archive (the whole model, BCSS tickets included), and its validating reader.
import { z } from 'zod';
import { ENVIRONMENT_NAMES } from '../../shared/domain/environments';
import {
  ATTESTATION_SECTION_TYPES,
  DETAIL_KEYS,
  LANES,
  SUB_LANES,
  type Inquiry,
} from '../../shared/domain/inquiry';
import { FINDING_RULES, findingsOf, SEVERITIES, type Finding } from '../../shared/findings';

export const INQUIRY_JSON_FORMAT = 'inquiry-desk/inquiry';
/**
 * Bump when the model changes shape; the reader refuses versions it does not know. 2: an inquiry may miss
 * sections (`inquiry.missing`, and `missingSections` in words). A version-1 archive, which cannot, still reads.
 */
export const INQUIRY_JSON_VERSION = 2;
const READABLE_VERSIONS: readonly number[] = [1, 2];

const SUB_LANE_IDS = [...SUB_LANES.residence, ...SUB_LANES.forms] as const;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const inquiryDate = z.discriminatedUnion('precision', [
  z.strictObject({ value: isoDay, precision: z.literal('day') }),
  z.strictObject({ value: z.string().regex(/^\d{4}-\d{2}$/), precision: z.literal('month') }),
  z.strictObject({ value: z.string().regex(/^\d{4}$/), precision: z.literal('year') }),
]);
const localized = z.strictObject({ fr: z.string(), nl: z.string(), de: z.string() });
const detailKey = z.enum(DETAIL_KEYS);

const detail = z.discriminatedUnion('kind', [
  z.strictObject({ key: detailKey, kind: z.literal('text'), text: z.string() }),
  z.strictObject({ key: detailKey, kind: z.literal('localized'), text: localized }),
  z.strictObject({ key: detailKey, kind: z.literal('date'), date: inquiryDate }),
  z.strictObject({
    key: detailKey,
    kind: z.literal('period'),
    begin: inquiryDate,
    end: inquiryDate.nullable(),
  }),
  z.strictObject({ key: detailKey, kind: z.literal('flag'), value: z.boolean() }),
  z.strictObject({ key: detailKey, kind: z.literal('niss'), niss: z.string() }),
  z.strictObject({
    key: detailKey,
    kind: z.literal('organisation'),
    id: z.string(),
    name: z.string(),
  }),
]);

const item = z.strictObject({
  id: z.string(),
  lane: z.enum(LANES),
  subLane: z.enum(SUB_LANE_IDS).nullable(),
  begin: inquiryDate,
  end: inquiryDate.nullable(),
  code: z.string(),
  label: localized,
  source: z.enum(['SocialInquiry', 'ListOfAttestation']),
  markers: z.strictObject({
    blocked: z.boolean(),
    fraud: z.boolean(),
    role: z.enum(['MAIN_BENEFICIARY', 'PARTNER']).nullable(),
    parentProcedure: z.boolean(),
  }),
  details: z.array(detail),
});

const consultation = {
  consultedAt: z.string(),
  calls: z.array(z.strictObject({ ticket: z.string(), ticketCBSS: z.string().nullable() })),
};
const workDocument = {
  number: z.string(),
  inception: inquiryDate,
  end: inquiryDate.nullable(),
  expiry: inquiryDate.nullable(),
  indefinite: z.boolean(),
  comment: z.string().nullable(),
};
const supplements = z.strictObject({
  registerExtract: z
    .strictObject({
      ...consultation,
      extract: z.strictObject({
        found: z.boolean(),
        replacedBy: z.string().nullable(),
        history: z.boolean(),
        informationTypes: z.array(
          z.strictObject({
            code: z.string(),
            group: z.string(),
            date: inquiryDate.nullable(),
            endDate: inquiryDate.nullable(),
            fields: z.array(
              z.strictObject({ name: z.string(), value: z.string(), label: z.string().optional() }),
            ),
            current: z.boolean(),
          }),
        ),
      }),
    })
    .optional(),
  foreignerSituation: z
    .strictObject({
      ...consultation,
      ssin: z.string(),
      replacedBy: z.string().nullable(),
      employmentCards: z.array(
        z.strictObject({ ...workDocument, duplicate: z.number().nullable() }),
      ),
      workPermits: z.array(z.strictObject(workDocument)),
      specialInfos: z.array(
        z.strictObject({
          inception: inquiryDate,
          expiry: inquiryDate.nullable(),
          indefinite: z.boolean(),
          comments: z.array(z.string()),
          reason: z.strictObject({ code: z.string(), label: localized }).nullable(),
          reunificationWith: z
            .discriminatedUnion('kind', [
              z.strictObject({ kind: z.literal('ssin'), ssin: z.string() }),
              z.strictObject({ kind: z.literal('fictional'), number: z.string() }),
            ])
            .nullable(),
        }),
      ),
    })
    .optional(),
});

const missingSection = z.strictObject({
  requestType: z.enum(ATTESTATION_SECTION_TYPES),
  lane: z.enum(LANES),
  reason: z.strictObject({
    code: z.string(),
    messageKey: z.string(),
    details: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
      .optional(),
  }),
  failedAt: z.string(),
});

export const inquirySchema = z.strictObject({
  id: z.string(),
  request: z.strictObject({
    niss: z.string(),
    period: z.strictObject({ from: isoDay, to: isoDay }),
    legalContext: z.string(),
    cbe: z.string(),
  }),
  finalNiss: z.string(),
  nissReplaced: z.boolean(),
  consultedAt: z.string(),
  environment: z.enum(ENVIRONMENT_NAMES),
  answerVersion: z.union([z.literal(1), z.literal(2)]),
  calls: z.array(
    z.strictObject({
      service: z.enum(['SocialInquiry', 'ListOfAttestation']),
      ticket: z.string(),
      ticketCBSS: z.string().nullable(),
      requestType: z.string().optional(),
    }),
  ),
  dataFound: z.boolean(),
  items: z.array(item),
  missing: z.array(missingSection).optional(),
  supplements: supplements.optional(),
});

// Both directions, so the schema can neither lose nor invent a field of the model without failing typecheck.
type Parsed = z.infer<typeof inquirySchema>;
const toModel = (parsed: Parsed): Inquiry => parsed;
// Required<>: an optional part of the model missing from the schema fails here too.
const supplementsFromModel = (
  value: Required<NonNullable<Inquiry['supplements']>>,
): Required<NonNullable<Parsed['supplements']>> => value;
const supplementsToModel = (
  value: Required<NonNullable<Parsed['supplements']>>,
): Required<NonNullable<Inquiry['supplements']>> => value;
void supplementsFromModel;
void supplementsToModel;
const fromModel = (inquiry: Inquiry): Parsed => inquiry;
// Required<>: the missing sections, optional in both, must agree too.
const missingFromModel = (
  value: NonNullable<Inquiry['missing']>[number],
): NonNullable<Parsed['missing']>[number] => value;
const missingToModel = (
  value: NonNullable<Parsed['missing']>[number],
): NonNullable<Inquiry['missing']>[number] => value;
void missingFromModel;
void missingToModel;
void toModel;
void fromModel;

/** The findings at export time (shared/findings): derived from the inquiry, kept for the file's reader. */
const findingSchema = z.strictObject({
  rule: z.enum(FINDING_RULES),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), localized])),
  itemIds: z.array(z.string()),
});

const archiveSchema = z.strictObject({
  format: z.literal(INQUIRY_JSON_FORMAT),
  formatVersion: z.union([z.literal(1), z.literal(INQUIRY_JSON_VERSION)]),
  exportedAt: z.string(),
  /** Who exported it, for the file's reader; not part of the inquiry. */
  exportedBy: z.strictObject({ cpasName: z.string(), cbe: z.string(), investigator: z.string() }),
  /**
   * The sections the BCSS did not give, said in the export's language for a human reader of the file
   * ("PIIS: not available — the BCSS did not answer; retry…"); the data is `inquiry.missing`. Absent when none.
   */
  missingSections: z
    .array(
      z.strictObject({
        lane: z.enum(LANES),
        requestType: z.string(),
        notice: z.string(),
        reason: z.string(),
      }),
    )
    .optional(),
  inquiry: inquirySchema,
  /** Absent from archives made before findings existed: they still read. */
  findings: z.array(findingSchema).optional(),
});
export type InquiryArchive = z.infer<typeof archiveSchema>;

export class InquiryJsonInvalid extends Error {
  constructor(readonly issues: string[]) {
    super(`Not an Inquiry Desk inquiry archive: ${issues.slice(0, 5).join('; ')}`);
    this.name = 'InquiryJsonInvalid';
  }
}

export function renderInquiryJson(
  inquiry: Inquiry,
  exportedBy: InquiryArchive['exportedBy'],
  exportedAt: Date,
  missingSections: NonNullable<InquiryArchive['missingSections']> = [],
): string {
  const archive: InquiryArchive = {
    format: INQUIRY_JSON_FORMAT,
    formatVersion: INQUIRY_JSON_VERSION,
    exportedAt: exportedAt.toISOString(),
    exportedBy,
    ...(missingSections.length > 0
      ? {
          missingSections: missingSections.map(({ lane, requestType, notice, reason }) => ({
            lane,
            requestType,
            notice,
            reason,
          })),
        }
      : {}),
    inquiry,
    findings: findingsOf(inquiry).map((finding: Finding) => ({ ...finding })),
  };
  return `${JSON.stringify(archive, null, 2)}\n`;
}

/** Reads an archive back, refusing anything that is not exactly a known version of it. */
export function readInquiryJson(text: string): InquiryArchive {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InquiryJsonInvalid([`JSON: ${(error as Error).message}`]);
  }
  if (typeof data === 'object' && data !== null && 'formatVersion' in data) {
    const version = (data as { formatVersion: unknown }).formatVersion;
    if (typeof version !== 'number' || !READABLE_VERSIONS.includes(version)) {
      throw new InquiryJsonInvalid([`formatVersion ${String(version)} is not supported`]);
    }
  }
  const parsed = archiveSchema.safeParse(data);
  if (!parsed.success) {
    throw new InquiryJsonInvalid(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  return parsed.data;
}
