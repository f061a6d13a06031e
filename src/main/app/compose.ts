// The composition root: assembles the main-process services for either host and binds every DeskApi method to
// the feature that answers it. What differs between hosts (preferences store, secret box, data folder, host
// kind, print engine) comes in as parameters.
import { join } from 'node:path';
import { userInfo } from 'node:os';
import type { DeskHandlers, HostKind } from '../../shared/contract/contract';
import type { Inquiry } from '../../shared/domain/inquiry';
import { translator } from '../../shared/i18n/translator';
import type { BcssCallEvent, ProxyResolver } from '../bcss';
import { createInquiryService } from '../inquiry';
import {
  createBcssCallRunner,
  createForeignerSituationService,
  createIdentifyPersonService,
  createManageAccessService,
  createRegisterExtractService,
  createRepertoryRecord,
  recordingRepertory,
  createSupplementsService,
} from '../person-services';
import {
  createPdfkitEngine,
  createReportActions,
  createReportService,
  type ReportContext,
  type ReportPdfEngine,
  type ReportOutlet,
} from '../report';
import {
  createCertificateStore,
  createEndpoints,
  createEnvironmentSettings,
  createOrganisationSettings,
  createPreferencesService,
  createSettingsService,
  type KeyValueStore,
  type SecretStore,
} from '../settings';
import { createVault, createVaultAccess, type AuditEntryInput, type SecretBox } from '../vault';
import { createAppInfo } from './app-info';
import { createDemoLoader } from './demo-loader';
import { appHandlers } from './handlers/app-handlers';
import { inquiryHandlers } from './handlers/inquiry-handlers';
import { personHandlers } from './handlers/person-handlers';
import { reportHandlers } from './handlers/report-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import { vaultHandlers } from './handlers/vault-handlers';
import { APP_VERSION } from './version';
import { policyHandlers } from './handlers/policy-handlers';
import { listsHandlers, type ListFilePicker } from './handlers/lists-handlers';
import { createListsService } from '../lists';
import { createDiagnosticLog } from '../diagnostics';
import { applyPolicy, guardHandlers, loadPolicy, policyPath, type LoadedPolicy } from '../policy';

export interface DeskOptions {
  host: HostKind;
  dataDir: string;
  preferencesStore: KeyValueStore;
  /** Wraps the vault's data key: the OS (Electron safeStorage) or a key file (browser host). */
  secretBox: () => SecretBox;
  env?: NodeJS.ProcessEnv;
  /** How files reach the user; the PDF engine is PDFKit in both hosts (a test may put another). */
  report: { outlet: ReportOutlet; pdf?: ReportPdfEngine };
  /** The Electron host's dialog for Nova+ list files or a folder (the browser host's page sends the files). */
  pickListFiles?: ListFilePicker;
  /** The machine's policy file (CPAS IT); read from its place (policyPath) when not given. */
  policy?: LoadedPolicy;
  /**
   * The system's proxy for a URL (the Electron host asks Chromium: Windows settings, PAC, WPAD), used by the
   * environments whose proxy setting is "this computer's"; without it only HTTPS_PROXY / NO_PROXY count.
   */
  proxyResolver?: ProxyResolver;
}

export function composeDesk(options: DeskOptions) {
  const env = options.env ?? process.env;
  // Demo-only switches, used by the end-to-end tests to shape the simulator of one run.
  const demo = createDemoLoader({
    dataDir: options.dataDir,
    pkiDir: env.INQUIRY_DESK_DEMO_PKI_DIR || undefined,
    socialInquiryVersion: env.INQUIRY_DESK_SIMULATOR_VERSION === '1' ? 1 : 2,
    faults: env.INQUIRY_DESK_SIMULATOR_FAULTS || undefined,
    offline: env.INQUIRY_DESK_SIMULATOR === 'off',
    listFaults: env.INQUIRY_DESK_LIST_FAULTS || undefined,
  });

  // Async, so that a secret box refusing at once (no OS protection) rejects here rather than throwing.
  const vaultReady = (async () =>
    createVault({ dataDir: options.dataDir, secretBox: options.secretBox() }))();
  // A vault that cannot open is reported by each call that needs it (withVault), not as a crash at start.
  vaultReady.catch(() => {});
  // Damaged files are found in the background, so the saved-inquiries list can report them at once.
  void vaultReady.then((vault) => vault.verify()).catch(() => {});
  const stopRetention = vaultReady.then((vault) => vault.startRetention()).catch(() => null);
  const withVault = createVaultAccess(vaultReady);

  // The settings' secrets (certificates, Basic passwords) are sealed under the vault's key.
  const secrets: SecretStore = {
    put: (name, data) => withVault((vault) => vault.secrets.put(name, data)),
    get: (name) => withVault((vault) => vault.secrets.get(name)),
    remove: (name) => withVault((vault) => vault.secrets.remove(name)),
  };
  const organisation = createOrganisationSettings(options.preferencesStore);
  const environments = createEnvironmentSettings({
    store: options.preferencesStore,
    secrets,
    systemProxy: options.proxyResolver,
  });
  const certificates = createCertificateStore({
    secrets,
    organisationCbe: () => organisation.organisation()?.cbe ?? null,
  });
  const endpoints = createEndpoints({
    environments,
    certificates,
    organisation,
    demo: demo.endpoint,
    systemProxy: options.proxyResolver,
  });
  const investigatorName = () => organisation.investigator()?.name ?? userInfo().username;
  /** One audit entry, as the investigator in the settings; resolves once it is durable. */
  const audit = async (entry: Omit<AuditEntryInput, 'investigator'>) => {
    await withVault((vault) => vault.audit.append({ ...entry, investigator: investigatorName() }));
  };
  // Every BCSS call is logged before its answer is used, and none is made without an audit log to write to.
  // The service desk's log: what happened, never who (src/main/diagnostics).
  const diagnostics = createDiagnosticLog({ dir: join(options.dataDir, 'logs') });
  diagnostics.record({
    kind: 'start',
    version: APP_VERSION,
    host: options.host,
    platform: process.platform,
  });
  const bcssAudit = {
    onBcssCall: (event: BcssCallEvent) => {
      diagnostics.record({
        kind: 'call',
        service: event.service,
        environment: event.environment,
        outcome: event.outcome,
        ticket: event.ticketCBSS,
      });
      return audit(event);
    },
    auditReady: () => withVault(async () => undefined),
  };
  const settings = createSettingsService({
    organisation,
    environments,
    certificates,
    endpoints,
    audit: bcssAudit,
  });
  const personCalls = createBcssCallRunner({ endpoint: endpoints.active, ...bcssAudit });

  const preferences = createPreferencesService(options.preferencesStore);
  /** Read at each export: the settings may have changed since the last one. */
  const reportContext = (inquiry: Inquiry): ReportContext => {
    const language = preferences.get().language;
    const configured = organisation.organisation();
    return {
      language,
      // Until the CPAS is configured the report says so, with the CBE the inquiry was made under.
      organisation: configured
        ? { cpasName: configured.cpasName, cbe: configured.cbe }
        : { cpasName: translator(language)('report.unconfiguredCpas'), cbe: inquiry.request.cbe },
      // Never the OS account (often a shared or technical one): the settings' name, or that it is missing.
      investigator:
        organisation.investigator()?.name ??
        translator(language)('report.unconfiguredInvestigator'),
      // The inquiry's own: a demo inquiry stays marked as such, whatever the app runs in now.
      environment: inquiry.environment,
    };
  };

  const inquiry = createInquiryService({
    endpoint: endpoints.active,
    ...bcssAudit,
    // Every successful inquiry is kept, for offline review.
    keep: async (answer, request) => {
      await withVault((vault) =>
        vault.save(answer, { personName: request.personName || undefined }),
      );
    },
    // A partial answer is completed where it is kept.
    saved: {
      open: (id) => withVault((vault) => vault.open(id)),
      update: (id, change) => withVault((vault) => vault.update(id, change)),
    },
  });
  // What the app's ManageAccess answers said of the CPAS's repertory: the lists' badges follow those persons too.
  const repertory = createRepertoryRecord(withVault);
  // The Nova+ lists: kept in the vault, fetched from the environment's list server (at start when over a day old).
  const lists = createListsService({
    repertory: (environment, today) => repertory.current(environment, today),
    withVault,
    preferences: options.preferencesStore,
    secrets,
    environment: () => environments.active(),
    demoListServer: () => demo.listServer(),
    audit,
  });
  const stopListRetention = vaultReady.then(() => lists.startRetention()).catch(() => null);
  void vaultReady.then(() => lists.autoFetch()).catch(() => {});

  // The policy file: validated whole, reported and ignored when invalid, never half-applied.
  const policy = options.policy ?? loadPolicy(policyPath(process.platform, env));
  if (policy.problem)
    console.error(
      `Inquiry Desk: the policy file ${policy.path} is ignored (${policy.problem.reason}): ${policy.problem.issues.join('; ')}`,
    );
  const pdf = options.report.pdf ?? createPdfkitEngine();
  const unguarded: DeskHandlers = {
    ...policyHandlers(policy),
    ...appHandlers({
      appInfo: createAppInfo({ version: APP_VERSION, host: options.host }),
      preferences,
      settings,
      demoPersons: () => demo.persons().catch(() => []),
    }),
    ...inquiryHandlers(inquiry),
    ...vaultHandlers(withVault, audit),
    ...listsHandlers(lists, options.pickListFiles),
    ...settingsHandlers(settings),
    ...personHandlers({
      manageAccess: recordingRepertory(
        createManageAccessService(personCalls),
        repertory,
        () => environments.active(),
      ),
      identifyPerson: createIdentifyPersonService(personCalls),
      supplements: createSupplementsService({
        withVault,
        registerExtract: createRegisterExtractService(personCalls),
        foreignerSituation: createForeignerSituationService(personCalls),
        language: () => preferences.get().language,
      }),
    }),
    ...reportHandlers(
      createReportActions({
        open: (id) => withVault((vault) => vault.open(id)),
        report: createReportService({ pdf }),
        outlet: options.report.outlet,
        context: reportContext,
        audit,
      }),
    ),
  };

  // Locked settings refused; the policy's values applied once, at start, through the same handlers.
  const handlers = guardHandlers(unguarded, policy.policy);
  diagnostics.record({
    kind: 'policy',
    status: policy.problem ? 'ignored' : policy.policy ? 'applied' : 'none',
    reason: policy.problem?.reason,
  });
  diagnostics.record({ kind: 'environment', environment: environments.active() });
  const policyApplied = applyPolicy(unguarded, policy.policy).then((problems) => {
    for (const problem of problems) console.error(`Inquiry Desk: policy not applied: ${problem}`);
    return problems;
  });

  return {
    handlers,
    policyApplied,
    diagnostics,
    /**
     * Starts what the first page does not need (the demo simulator, in a session that starts in the demo
     * environment): the host calls it once its page is served, so the start screen never waits for it.
     */
    warmUp() {
      if (environments.active() === 'demo') demo.warmUp();
    },
    async close() {
      (await stopRetention)?.();
      (await stopListRetention)?.();
      await Promise.allSettled([
        demo.close(),
        vaultReady.then((vault) => vault.close()),
        pdf.close(),
      ]);
    },
  };
}
