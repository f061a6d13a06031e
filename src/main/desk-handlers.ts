// Binds every DeskApi method to the main-process service that answers it (host-agnostic).
import type { AppInfo, DeskHandlers, DemoPerson } from '../shared/api/contract';
import type { InquiryService } from './inquiry/inquiry-service';
import type { PreferencesService } from './settings/preferences';

export interface DeskServices {
  appInfo: AppInfo;
  preferences: PreferencesService;
  inquiry: InquiryService;
  /** The simulator's persons in the demo environment; empty elsewhere. */
  demoPersons: () => DemoPerson[];
}

export function createDeskHandlers(services: DeskServices): DeskHandlers {
  return {
    getAppInfo: () => services.appInfo,
    getPreferences: () => services.preferences.get(),
    updatePreferences: (patch) => services.preferences.update(patch),
    listDemoPersons: () => (services.appInfo.environment === 'demo' ? services.demoPersons() : []),
    runInquiry: (request) => services.inquiry.run(request),
    getInquiryProgress: ({ requestId }) => services.inquiry.progress(requestId),
    cancelInquiry: ({ requestId }) => services.inquiry.cancel(requestId),
  };
}
