// Binds every DeskApi method to the main-process service that answers it (host-agnostic).
import type { AppInfo, DeskHandlers } from '../shared/api/contract';
import type { PreferencesService } from './settings/preferences';

export interface DeskServices {
  appInfo: AppInfo;
  preferences: PreferencesService;
}

export function createDeskHandlers(services: DeskServices): DeskHandlers {
  return {
    getAppInfo: () => services.appInfo,
    getPreferences: () => services.preferences.get(),
    updatePreferences: (patch) => services.preferences.update(patch),
  };
}
