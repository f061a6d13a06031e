// The vault's public face: the encrypted local store of saved inquiries, their retention, and the audit log of BCSS calls.
//
// const vault = await createVault({ dataDir, secretBox, now? })      throws VaultLockedError
//   vault.protection                         { kind: 'os' | 'key-file', backend }  ('key-file' is weaker: say so)
//   vault.save(inquiry, { personName? })     → InquirySummary      durable on resolve; VaultFullError on a full disk
//   vault.list({ search?, limit? })          → VaultListing        newest first; { inquiries, total, damaged, indexRepaired }
//   vault.open(id)                           → Inquiry             VaultNotFoundError | VaultDamagedError (names the file)
//   vault.remove(id)                         → boolean             whether it existed
//   vault.removeAll()                        → number              every inquiry and the index; never the audit log
//   vault.removeDamaged(file)                → void                a file listed in `damaged`, nothing else
//   vault.verify()                           → DamagedFile[]       decrypts everything: a background check, not for every start
//   vault.retention()                        → { days, nextPurgeAt, paused }
//   vault.setRetentionDays(days)             → same                whole days, 1..3650, stored encrypted in the vault
//   vault.purge()                            → { removed, paused } inquiries consulted more than `days` ago
//   vault.startRetention({ onError?, onPurged? }) → stop()         purge now, then daily (unref'd timers)
//   vault.audit.append(entry)                → AuditEntry          every BCSS call, failures included; adds osUser and `at`
//   vault.audit.entries({ from, to })        → { entries, damaged } whole local days (ISO dates), oldest first
//   vault.audit.export({ from, to, language }) → AuditExport      the CSV (BOM, ';', header in fr / nl / de),
//                                                                  its rows, damaged records and file name
//   vault.area(name)                         → SealedArea          a folder for another module's sealed data (lists)
//   vault.area(name)                         → SealedArea          a folder for another module's sealed data (lists)
//   vault.close()                            → void                stops the timer, drains writes, forgets the keys
//
// Secret boxes: createKeyFileBox({ path }) here (browser host), createSafeStorageBox() in
// src/main/electron/safe-storage-box.ts (Electron host).
//
// On disk, under <dataDir>/vault/ (no NISS, name or label in clear anywhere, file names included):
//   vault-key.json       the data key wrapped by the secret box, the box's kind and backend, a key check
//   settings.bin         the retention period, sealed
//   inquiries/<h>.inq    one sealed inquiry per file; <h> = HMAC(id) under a derived key
//   index.snapshot       sealed summaries of all inquiries (rewritten atomically at compaction)
//   index.journal        append-only sealed frames (put / del) since the snapshot
//   audit/YYYY-MM.log    append-only sealed frames, one per BCSS call, by UTC month
// A sealed record is 'IQV1' | IV (12 bytes, fresh per write) | GCM tag (16) | AES-256-GCM ciphertext,
// with associated data naming its kind and file; frames are such records in base64, one per line.
export { createVault, VAULT_DIR_NAME } from './vault';
export type { Vault, VaultOptions, RetentionInfo, PurgeResult } from './vault';
export { createKeyFileBox } from './key-file-box';
export type { KeyFileBoxOptions } from './key-file-box';
export type { SecretBox } from './secret-box';
export {
  VaultError,
  VaultLockedError,
  VaultDamagedError,
  VaultFullError,
  VaultNotFoundError,
} from './errors';
export type { VaultLockedReason } from './errors';
export { AUDIT_CSV_COLUMNS, auditCsv } from './audit-csv';
export { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS } from './vault-settings';
export type {
  InquirySummary,
  DamagedFile,
  VaultListing,
  AuditEntry,
  AuditEntryInput,
  AuditAction,
  DamagedAuditRecord,
} from './types';
export { vaultDeskError } from './desk-error';
export { createVaultAccess, type VaultAccess } from './access';
// For the modules that keep their own data in a vault area (vault.area(name)): the same durable writes.
export type { SealedArea } from './sealed-area';
export { UnreadableRecord } from './record-crypto';
export { isNoSpace } from './errors';
export {
  appendFrame,
  ensureDir,
  isMissing,
  listDir,
  nodeFs,
  readFileOrNull,
  readFrames,
  removeFile,
  syncDir,
  TEMP_SUFFIX,
  writeFileAtomic,
  type VaultFs,
} from './vault-fs';
