// DeskApi: the one door between renderer and main. Adding a method means adding one entry here
// (and its handler in main, which TypeScript then demands); both hosts bind every entry.
import { z } from 'zod';
import type { EnvironmentName } from '../domain/environments';
import type { DeskResult } from './errors';
import { preferencesPatchSchema, type Preferences, languageSchema } from '../domain/preferences';
import {
  ATTESTATION_SECTION_TYPES,
  type Inquiry,
  type InquiryStep,
  type LocalizedText,
} from '../domain/inquiry';
import type { AuditExport, RetentionInfo, SavedInquiryListing, SavedInquirySummary } from './vault';
import type { AccessResult, IdentifyResult } from './person-services';
import {
  certificateImportSchema,
  environmentNameSchema,
  environmentPatchSchema,
  investigatorInputSchema,
  organisationInputSchema,
  remoteEnvironmentSchema,
  type CertificateWarning,
  type ConnectionTestResult,
  type ImportOutcome,
  type InvestigatorView,
  type OrganisationView,
  type SettingsView,
} from './settings';
import {
  reportFormatSchema,
  type ReportDelivery,
  type ReportOptions,
  type ReportPrinting,
} from './report';
import {
  listQuerySchema,
  listServerInputSchema,
  type FollowUp,
  type ListEvent,
  type ListImportOutcome,
  type ListPage,
  type ListsStatus,
  type RejectionTotals,
  type StatementTotals,
} from './lists';

export type HostKind = 'electron' | 'browser';
export type { EnvironmentName };

export interface AppInfo {
  name: string;
  version: string;
  environment: EnvironmentName;
  host: HostKind;
  platform: string;
  /** The active environment's certificate, when it expires within 30 days or has expired. */
  certificateWarning: CertificateWarning | null;
}

/** The policy file as the renderer may know it: where it is, what it locks, what was wrong with it. */
export interface PolicyView {
  path: string;
  /** The settings it locks (shown as such in Settings; changing them is refused with SETTING_LOCKED). */
  locked: ('organisation' | 'environments' | 'proxy' | 'trust' | 'retention')[];
  /** The only environments the app may use; null: all. */
  allowedEnvironments: EnvironmentName[] | null;
  /** Set when the file was invalid: it was ignored whole. */
  problem: { reason: 'unreadable' | 'invalid-json' | 'invalid'; issues: string[] } | null;
}

/** A contract entry: the schema main validates the input with, and the result type (phantom). */
interface MethodSpec<In extends z.ZodType, Out> {
  input: In;
  /** Never set at run time: carries the result type (boxed, so a null result type survives). */
  output?: { type: Out };
}

/** A synthetic person of the demo environment, for the picker. */
export interface DemoPerson {
  niss: string;
  lastName: string;
  firstName: string;
  teaches: LocalizedText;
  /** The BCSS status or fault code the person produces, or null for a plain answer. */
  expectedCode: string | null;
}

export interface InquiryProgress {
  step: InquiryStep;
  /** 1 for the first try; higher while retrying after a network or server failure. */
  attempt: number;
  /**
   * The running BCSS call's time budget, every try included: when it runs out (ISO), how much of it is left
   * as main counted at this answer, and the whole of it. Absent between calls.
   */
  budget?: { deadline: string; remainingMs: number; totalMs: number };
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const requestId = z.string().uuid();
const savedId = z.string().min(1).max(100);
/** A period whose end may stay open (null), e.g. a registration that runs on. */
const openPeriod = z.object({ from: isoDate, to: isoDate.nullable() });
/** A birth date the register may know only in part: yyyy-mm-00, yyyy-00-00. */
const incompleteIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const inquiryRequestSchema = z.object({
  /** Chosen by the renderer, so it can ask for progress and cancel while the call runs. */
  requestId,
  niss: z.string().max(40),
  period: z.object({ from: isoDate, to: isoDate }),
  /** Optional: the person's name as the investigator knows it, to find the saved inquiry again. */
  personName: z.string().trim().max(200).optional(),
});
export type InquiryRequest = z.infer<typeof inquiryRequestSchema>;

/**
 * What the report shows as the result screen does: the situation on the day chosen there (default: the screen's
 * own default day), and the changes since an earlier saved inquiry of the same person when one is compared.
 */
const reportOptions = {
  situationDate: isoDate.optional(),
  compareWith: savedId.optional(),
} satisfies Record<keyof ReportOptions, z.ZodType>;

function method<Out>() {
  return <In extends z.ZodType>(input: In): MethodSpec<In, Out> => ({ input });
}

const noInput = z.undefined();

export const deskContract = {
  getAppInfo: method<AppInfo>()(noInput),
  getPreferences: method<Preferences>()(noInput),
  /** The machine's policy file (CPAS IT): what it locks, and why it was ignored when it is invalid. */
  getPolicy: method<PolicyView>()(noInput),
  updatePreferences: method<Preferences>()(preferencesPatchSchema),
  listDemoPersons: method<DemoPerson[]>()(noInput),
  /** The answer, already saved: its `id` is the saved inquiry's, for exportInquiry and printInquiry. */
  runInquiry: method<Inquiry>()(inquiryRequestSchema),
  getInquiryProgress: method<InquiryProgress | null>()(z.object({ requestId })),
  cancelInquiry: method<boolean>()(z.object({ requestId })),
  /**
   * Asks ListOfAttestation again for a saved inquiry's missing sections only (its period, its final NISS; all
   * of them, or those of `requestTypes`) and completes the saved inquiry; the inquiry as now saved, with what
   * failed again still missing.
   */
  retryMissingSections: method<Inquiry>()(
    z.object({
      id: savedId,
      requestTypes: z.array(z.enum(ATTESTATION_SECTION_TYPES)).min(1).max(4).optional(),
    }),
  ),
  listSavedInquiries: method<SavedInquiryListing>()(
    z.object({ search: z.string().max(200).optional() }),
  ),
  openSavedInquiry: method<Inquiry>()(z.object({ id: savedId })),
  deleteSavedInquiry: method<boolean>()(z.object({ id: savedId })),
  /** Adds or corrects the person's name on a saved inquiry (audited); '' goes back to the register's name. */
  renameSavedInquiry: method<SavedInquirySummary>()(
    z.object({ id: savedId, personName: z.string().max(200) }),
  ),
  deleteAllSavedInquiries: method<number>()(noInput),
  getRetention: method<RetentionInfo>()(noInput),
  setRetention: method<RetentionInfo>()(z.object({ days: z.number().int().min(1).max(3650) })),
  exportAudit: method<AuditExport>()(
    z.object({ from: isoDate, to: isoDate, language: languageSchema }),
  ),
  getSettings: method<SettingsView>()(noInput),
  saveOrganisation: method<OrganisationView>()(organisationInputSchema),
  saveInvestigator: method<InvestigatorView>()(investigatorInputSchema),
  /** Production only with `confirmed: true`: calls there consult real people's data. */
  selectEnvironment: method<SettingsView>()(
    z.object({ name: environmentNameSchema, confirmed: z.boolean().optional() }),
  ),
  updateEnvironment: method<SettingsView>()(
    z.object({ name: remoteEnvironmentSchema, patch: environmentPatchSchema }),
  ),
  resetEnvironment: method<SettingsView>()(z.object({ name: remoteEnvironmentSchema })),
  /** The password goes to main and never comes back: the view only says whether one is set. */
  setBasicPassword: method<SettingsView>()(
    z.object({ name: remoteEnvironmentSchema, password: z.string().max(400).nullable() }),
  ),
  /** The proxy's password, likewise: kept encrypted in main, never sent back. */
  setProxyPassword: method<SettingsView>()(
    z.object({ name: remoteEnvironmentSchema, password: z.string().max(400).nullable() }),
  ),
  /** The file and passphrase go to main, which checks then encrypts them; only public facts return. */
  importCertificate: method<ImportOutcome>()(certificateImportSchema),
  removeCertificate: method<SettingsView>()(z.object({ name: remoteEnvironmentSchema })),
  testConnection: method<ConnectionTestResult>()(z.object({ name: environmentNameSchema })),
  /** ManageAccess REGISTER: what lifts MSG00012 for this CPAS. */
  registerPerson: method<AccessResult>()(
    z.object({
      niss: z.string().max(40),
      purpose: z.number().int(),
      period: openPeriod,
      proof: z
        .object({
          lastName: z.string().trim().min(1).max(100),
          firstName: z.string().trim().max(100).optional(),
          birthDate: incompleteIsoDate,
        })
        .optional(),
    }),
  ),
  /** ManageAccess UNREGISTER: the whole registration under the code, or one period of it. */
  unregisterPerson: method<AccessResult>()(
    z.object({
      niss: z.string().max(40),
      purpose: z.number().int(),
      period: openPeriod.optional(),
    }),
  ),
  listRegistrations: method<AccessResult>()(
    z.object({ niss: z.string().max(40), register: z.enum(['PRIMARY', 'SECONDARY', 'ALL']) }),
  ),
  /** IdentifyPerson by name and birth date, within the service's own bounds. */
  searchPersons: method<IdentifyResult>()(
    z.object({
      lastName: z.string().trim().min(1).max(100),
      firstName: z.string().trim().max(100).optional(),
      birthDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      tolerance: z.number().int().min(0).max(10).optional(),
      sex: z.enum(['M', 'F']).optional(),
      maximum: z.number().int().min(1).max(80).optional(),
    }),
  ),
  /** A saved inquiry (every successful one is: its id is the Inquiry's id) as a PDF, CSV or JSON file. */
  exportInquiry: method<ReportDelivery>()(
    z.object({ id: savedId, format: reportFormatSchema, ...reportOptions }),
  ),
  printInquiry: method<ReportPrinting>()(z.object({ id: savedId, ...reportOptions })),
  /** Tx25: the register extract of a saved inquiry's person, kept with it; the inquiry as now saved. */
  consultRegisterExtract: method<Inquiry>()(z.object({ id: savedId, history: z.boolean() })),
  /** ForeignerSituation of a saved inquiry's person (work documents, residence reason), kept with it. */
  consultForeignerSituation: method<Inquiry>()(z.object({ id: savedId })),
  /** The Nova+ lists: the active environment's list server, the imported files, the last fetch. */
  getListsStatus: method<ListsStatus>()(noInput),
  /** The password goes in once and never comes back; changing the host forgets a pinned SFTP key. */
  saveListServer: method<ListsStatus>()(listServerInputSchema),
  /** SFTP: pins the host key the user saw and confirmed (the fingerprint a fetch refused with). */
  confirmListHostKey: method<ListsStatus>()(z.object({ fingerprint: z.string().min(8).max(200) })),
  /** Downloads the files not yet imported and imports them; each bad server state is its own error. */
  fetchLists: method<ListImportOutcome>()(noInput),
  /** Files chosen by the user (small ones: the browser host takes 4 MB per call). */
  importListFiles: method<ListImportOutcome>()(
    z.object({
      files: z
        .array(
          z.object({ name: z.string().min(1).max(255), contentBase64: z.string().max(3_000_000) }),
        )
        .min(1)
        .max(50),
    }),
  ),
  /** Every list file of a folder on this computer (where the CPAS's IT drops them), read as streams. */
  importListFolder: method<ListImportOutcome>()(
    z.object({ path: z.string().trim().min(1).max(1000) }),
  ),
  /**
   * Electron host: the system's dialog for list files or a folder, then the same import as a typed folder (read as
   * streams, no size limit); null when the user cancels. The browser host's page sends the files instead.
   */
  chooseAndImportListFiles: method<ListImportOutcome | null>()(
    z.object({ what: z.enum(['files', 'folder']) }),
  ),
  queryList: method<ListPage>()(listQuerySchema),
  getStatementTotals: method<StatementTotals>()(noInput),
  getRejectionTotals: method<RejectionTotals>()(z.object({ month: z.string().max(7).optional() })),
  /** The persons of saved inquiries who appear in a blocking, unblocking or status change, latest event each. */
  getListFollowUps: method<FollowUp[]>()(noInput),
  /** One person's list events in a period (the result screen's events). */
  getListEvents: method<ListEvent[]>()(
    z.object({ niss: z.string().max(40), from: isoDate, to: isoDate }),
  ),
  /** Demo environment: the simulator's list server (FTPS or SFTP) with its demo credentials. */
  useDemoListServer: method<ListsStatus>()(z.object({ protocol: z.enum(['ftps', 'sftp']) })),
  setListRetention: method<ListsStatus>()(z.object({ days: z.number().int().min(1).max(3650) })),
};

export type DeskContract = typeof deskContract;
export type DeskMethod = keyof DeskContract;
export const DESK_METHODS = Object.keys(deskContract) as DeskMethod[];

export type MethodInput<M extends DeskMethod> = z.input<DeskContract[M]['input']>;
export type MethodParsedInput<M extends DeskMethod> = z.output<DeskContract[M]['input']>;
export type MethodOutput<M extends DeskMethod> = NonNullable<DeskContract[M]['output']>['type'];

type Call<In, Out> = [In] extends [undefined]
  ? () => Promise<DeskResult<Out>>
  : (input: In) => Promise<DeskResult<Out>>;

/** What the renderer sees as `window.desk`, whichever host serves it. */
export type DeskApi = { [M in DeskMethod]: Call<MethodInput<M>, MethodOutput<M>> };

/** What main implements: parsed input in, plain data out; throw DeskFailure for expected errors. */
export type DeskHandlers = {
  [M in DeskMethod]: (input: MethodParsedInput<M>) => Promise<MethodOutput<M>> | MethodOutput<M>;
};

export function isDeskMethod(name: string): name is DeskMethod {
  return Object.hasOwn(deskContract, name);
}
