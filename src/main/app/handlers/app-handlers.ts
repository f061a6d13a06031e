// DeskApi: what the app is and how the user set it (app info, preferences, the demo's persons).
import type { AppInfo, DeskHandlers, DemoPerson } from '../../../shared/contract/contract';
import type { PreferencesService, SettingsService } from '../../settings';

export function appHandlers(deps: {
  appInfo: AppInfo;
  preferences: PreferencesService;
  settings: SettingsService;
  /** The simulator's persons; asked only while the demo environment is active. */
  demoPersons: () => Promise<DemoPerson[]>;
}) {
  const { settings, preferences } = deps;
  return {
    getAppInfo: async () => ({
      ...deps.appInfo,
      environment: settings.activeEnvironment(),
      certificateWarning: await settings.certificateWarning(),
    }),
    getPreferences: () => preferences.get(),
    updatePreferences: (patch) => preferences.update(patch),
    listDemoPersons: async () =>
      settings.activeEnvironment() === 'demo' ? deps.demoPersons() : [],
  } satisfies Partial<DeskHandlers>;
}
