// One encrypted file per saved inquiry: its opaque name, its record format, and its summary.
import { registerPersonName } from '../../shared/domain/register-name';
import type { Inquiry } from '../../shared/domain/inquiry';
import {
  opaqueName,
  sealJson,
  UnreadableRecord,
  unsealJson,
  type VaultKeys,
} from './record-crypto';
import type { InquirySummary } from './types';
import { writeFileAtomic, type VaultFs } from './vault-fs';
import { join } from 'node:path';

export const INQUIRIES_DIR = 'inquiries';
const EXTENSION = '.inq';
const FILE_PATTERN = /^[0-9a-f]{32}\.inq$/;

/** What one inquiry file holds once decrypted. */
export interface InquiryRecord {
  format: 1;
  savedAt: string;
  personName: string | null;
  inquiry: Inquiry;
}

/** The file of an inquiry: derived from its id with a keyed hash, so opening one needs no index. */
export function inquiryFileName(keys: VaultKeys, id: string): string {
  return opaqueName(keys.names, id) + EXTENSION;
}

export function isInquiryFileName(name: string): boolean {
  return FILE_PATTERN.test(name);
}

/** Path relative to the vault folder, as damage reports name files. */
export function inquiryPath(file: string): string {
  return `${INQUIRIES_DIR}/${file}`;
}

export async function writeInquiryRecord(
  fs: VaultFs,
  vaultDir: string,
  keys: VaultKeys,
  file: string,
  record: InquiryRecord,
): Promise<void> {
  await writeFileAtomic(
    fs,
    join(vaultDir, INQUIRIES_DIR),
    file,
    sealJson(keys.records, record, context(file)),
  );
}

/** Throws UnreadableRecord when the file is damaged, foreign, or was moved from another name. */
export function decodeInquiryRecord(keys: VaultKeys, file: string, data: Buffer): InquiryRecord {
  const value = unsealJson(keys.records, data, context(file)) as Partial<InquiryRecord> | null;
  if (value?.format !== 1 || typeof value.inquiry?.id !== 'string') {
    throw new UnreadableRecord('not an inquiry record');
  }
  return value as InquiryRecord;
}

/**
 * An inquiry's line in the list. Its name: the one the investigator gave (typed, chosen from IdentifyPerson's
 * candidates or the demo picker, or corrected later), else the register's when the extract was consulted.
 */
export function summarize(inquiry: Inquiry, personName: string | null): InquirySummary {
  return {
    id: inquiry.id,
    finalNiss: inquiry.finalNiss,
    requestedNiss: inquiry.request.niss,
    personName: personName ?? registerPersonName(inquiry),
    period: { from: inquiry.request.period.from, to: inquiry.request.period.to },
    consultedAt: inquiry.consultedAt,
    environment: inquiry.environment,
    dataFound: inquiry.dataFound,
  };
}

function context(file: string): string {
  return `inquiry:${file}`;
}
