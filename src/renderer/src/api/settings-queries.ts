// react-query hooks for the settings: one view, and each change refreshing it (and the banner when it applies).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EnvironmentName } from '../../../shared/contract/contract';
import type {
  EnvironmentPatch,
  RemoteEnvironmentName,
  SettingsView,
} from '../../../shared/contract/settings';
import { desk } from './desk';
import { queryKeys, unwrap } from './queries';

export const settingsKey = ['settings'] as const;

export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => unwrap(desk.getSettings()) });
}

/** After a change: the settings view, and the banner (environment, certificate warning) may differ. */
function useRefresh() {
  const client = useQueryClient();
  return (view?: SettingsView) => {
    if (view) client.setQueryData(settingsKey, view);
    else void client.invalidateQueries({ queryKey: settingsKey });
    void client.invalidateQueries({ queryKey: queryKeys.appInfo });
  };
}

export function useSaveOrganisation() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { cpasName: string; cbe: string; sector: number; institution: number }) =>
      unwrap(desk.saveOrganisation(input)),
    onSuccess: () => refresh(),
  });
}

export function useSaveInvestigator() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { name: string; ssin: string; email: string }) =>
      unwrap(desk.saveInvestigator(input)),
    onSuccess: () => refresh(),
  });
}

export function useSelectEnvironment() {
  const client = useQueryClient();
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { name: EnvironmentName; confirmed?: boolean }) =>
      unwrap(desk.selectEnvironment(input)),
    onSuccess: (view) => {
      refresh(view);
      // The demo picker exists in the demo environment only.
      void client.invalidateQueries({ queryKey: queryKeys.demoPersons });
    },
  });
}

export function useUpdateEnvironment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { name: RemoteEnvironmentName; patch: EnvironmentPatch }) =>
      unwrap(desk.updateEnvironment(input)),
    onSuccess: (view) => refresh(view),
  });
}

export function useResetEnvironment() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (name: RemoteEnvironmentName) => unwrap(desk.resetEnvironment({ name })),
    onSuccess: (view) => refresh(view),
  });
}

export function useSetBasicPassword() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { name: RemoteEnvironmentName; password: string | null }) =>
      unwrap(desk.setBasicPassword(input)),
    onSuccess: (view) => refresh(view),
  });
}

export function useSetProxyPassword() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { name: RemoteEnvironmentName; password: string | null }) =>
      unwrap(desk.setProxyPassword(input)),
    onSuccess: (view) => refresh(view),
  });
}

export function useImportCertificate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: {
      environment: RemoteEnvironmentName;
      pkcs12Base64: string;
      passphrase: string;
    }) => unwrap(desk.importCertificate(input)),
    onSuccess: (outcome) => {
      if (outcome.ok) refresh();
    },
  });
}

export function useRemoveCertificate() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (name: RemoteEnvironmentName) => unwrap(desk.removeCertificate({ name })),
    onSuccess: (view) => refresh(view),
  });
}

export function useTestConnection() {
  return useMutation({
    mutationFn: (name: EnvironmentName) => unwrap(desk.testConnection({ name })),
  });
}
