// TODO header
export { createCertificateStore } from './certificate-store';
export { createEndpoints } from './endpoint';
export { createEnvironmentSettings } from './environments';
export { createOrganisationSettings } from './organisation';
export { type SecretStore } from './secret-store';
export { createSettingsService, type SettingsService } from './settings-service';
export {
  createPreferencesService,
  type KeyValueStore,
  type PreferencesService,
} from './preferences';
export { preferencesStoreOptions } from './preferences-store-options';
export { createConfStore } from './conf-store';
