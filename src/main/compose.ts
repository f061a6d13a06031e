// Assembles the main-process services for either host: what differs (preferences store, data folder,
// host kind) comes in as parameters.
import type { HostKind } from '../shared/api/contract';
import { createAppInfo } from './app-info';
import { createDeskHandlers } from './desk-handlers';
import { createDemoEnvironment } from './environments/demo-environment';
import { listDemoPersons } from './environments/demo-persons';
import { createInquiryService } from './inquiry/inquiry-service';
import { createPreferencesService, type KeyValueStore } from './settings/preferences';
import { APP_VERSION } from './version';

export interface DeskOptions {
  host: HostKind;
  dataDir: string;
  preferencesStore: KeyValueStore;
  env?: NodeJS.ProcessEnv;
}

export function composeDesk(options: DeskOptions) {
  const env = options.env ?? process.env;
  // Demo-only switches, used by the end-to-end tests to shape the simulator of one run.
  const demo = createDemoEnvironment({
    dataDir: options.dataDir,
    pkiDir: env.INQUIRY_DESK_DEMO_PKI_DIR || undefined,
    socialInquiryVersion: env.INQUIRY_DESK_SIMULATOR_VERSION === '1' ? 1 : 2,
    faults: env.INQUIRY_DESK_SIMULATOR_FAULTS || undefined,
  });
  demo.warmUp();
  const handlers = createDeskHandlers({
    appInfo: createAppInfo({ version: APP_VERSION, host: options.host }),
    preferences: createPreferencesService(options.preferencesStore),
    inquiry: createInquiryService({ endpoint: demo.endpoint }),
    demoPersons: listDemoPersons,
  });
  return { handlers, close: () => demo.close() };
}
