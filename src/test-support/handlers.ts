// DeskHandlers for host tests: plain answers, any of them replaceable.
import type { AppInfo, DeskHandlers } from '../shared/contract/contract';
import { DEFAULT_PREFERENCES } from '../shared/domain/preferences';

const noSettings = () => {
  throw new Error('not in this test');
};

const settingsHandlers = {
  getSettings: noSettings,
  saveOrganisation: noSettings,
  saveInvestigator: noSettings,
  selectEnvironment: noSettings,
  updateEnvironment: noSettings,
  resetEnvironment: noSettings,
  setBasicPassword: noSettings,
  setProxyPassword: noSettings,
  importCertificate: noSettings,
  removeCertificate: noSettings,
  testConnection: noSettings,
  registerPerson: noSettings,
  unregisterPerson: noSettings,
  listRegistrations: noSettings,
  searchPersons: noSettings,
  consultRegisterExtract: noSettings,
  consultForeignerSituation: noSettings,
  getListsStatus: noSettings,
  saveListServer: noSettings,
  useDemoListServer: noSettings,
  confirmListHostKey: noSettings,
  fetchLists: noSettings,
  importListFiles: noSettings,
  importListFolder: noSettings,
  chooseAndImportListFiles: noSettings,
  queryList: noSettings,
  getStatementTotals: noSettings,
  getRejectionTotals: noSettings,
  getListFollowUps: () => [],
  getListEvents: () => [],
  setListRetention: noSettings,
} satisfies Partial<DeskHandlers>;

export function testHandlers(
  overrides: Partial<DeskHandlers> = {},
  appInfo: Partial<AppInfo> = {},
): DeskHandlers {
  return {
    getAppInfo: () => ({
      name: 'Inquiry Desk',
      version: '9',
      environment: 'demo',
      host: 'browser',
      platform: 'linux',
      certificateWarning: null,
      ...appInfo,
    }),
    getPreferences: () => DEFAULT_PREFERENCES,
    getPolicy: () => ({
      path: '/etc/inquiry-desk/policy.json',
      locked: [],
      allowedEnvironments: null,
      problem: null,
    }),
    updatePreferences: (patch) => ({ ...DEFAULT_PREFERENCES, ...patch }),
    listDemoPersons: () => [],
    runInquiry: () => {
      throw new Error('no inquiry in this test');
    },
    getInquiryProgress: () => null,
    cancelInquiry: () => false,
    retryMissingSections: () => {
      throw new Error('no saved inquiry in this test');
    },
    listSavedInquiries: () => ({
      inquiries: [],
      total: 0,
      damaged: [],
      indexRepaired: false,
      protection: { kind: 'key-file', backend: 'key-file' },
    }),
    openSavedInquiry: () => {
      throw new Error('no saved inquiry in this test');
    },
    deleteSavedInquiry: () => false,
    renameSavedInquiry: () => {
      throw new Error('no saved inquiry in this stand-in');
    },
    deleteAllSavedInquiries: () => 0,
    getRetention: () => ({ days: 30, nextPurgeAt: null, paused: false }),
    setRetention: ({ days }) => ({ days, nextPurgeAt: null, paused: false }),
    exportAudit: () => ({ csv: '', rows: 0, damaged: 0, fileName: 'audit.csv' }),
    ...settingsHandlers,
    exportInquiry: () => {
      throw new Error('no export in this test');
    },
    printInquiry: () => {
      throw new Error('no print in this test');
    },
    ...overrides,
  };
}
