// DeskApi: organisation, investigator, environments, certificates and the connection test.
import type { DeskHandlers } from '../../../shared/contract/contract';
import type { SettingsService } from '../../settings';

export function settingsHandlers(settings: SettingsService) {
  return {
    getSettings: () => settings.view(),
    saveOrganisation: (input) => settings.saveOrganisation(input),
    saveInvestigator: (input) => settings.saveInvestigator(input),
    selectEnvironment: async ({ name, confirmed }) => {
      await settings.selectEnvironment(name, confirmed === true);
      return settings.view();
    },
    updateEnvironment: ({ name, patch }) => settings.updateEnvironment(name, patch),
    resetEnvironment: ({ name }) => settings.resetEnvironment(name),
    setBasicPassword: ({ name, password }) => settings.setBasicPassword(name, password),
    setProxyPassword: ({ name, password }) => settings.setProxyPassword(name, password),
    importCertificate: ({ environment, pkcs12Base64, passphrase }) =>
      settings.importCertificate(environment, {
        pkcs12: Buffer.from(pkcs12Base64, 'base64'),
        passphrase,
      }),
    removeCertificate: ({ name }) => settings.removeCertificate(name),
    testConnection: ({ name }) => settings.testConnection(name),
  } satisfies Partial<DeskHandlers>;
}
