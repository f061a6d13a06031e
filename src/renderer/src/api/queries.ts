// react-query hooks over the DeskApi: results unwrapped, typed errors thrown for the UI to show.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DeskError, DeskResult } from '../../../shared/api/errors';
import type { Preferences, PreferencesPatch } from '../../../shared/preferences';
import { desk } from './desk';

export class DeskCallError extends Error {
  constructor(readonly deskError: DeskError) {
    super(deskError.code);
  }
}

export async function unwrap<T>(call: Promise<DeskResult<T>>): Promise<T> {
  const result = await call;
  if (!result.ok) throw new DeskCallError(result.error);
  return result.value;
}

export const queryKeys = {
  appInfo: ['appInfo'] as const,
  preferences: ['preferences'] as const,
};

export function useAppInfo() {
  return useQuery({
    queryKey: queryKeys.appInfo,
    queryFn: () => unwrap(desk.getAppInfo()),
    staleTime: Infinity,
  });
}

export function usePreferences() {
  return useQuery({
    queryKey: queryKeys.preferences,
    queryFn: () => unwrap(desk.getPreferences()),
  });
}

export function useUpdatePreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: PreferencesPatch) => unwrap(desk.updatePreferences(patch)),
    onSuccess: (preferences: Preferences) =>
      client.setQueryData(queryKeys.preferences, preferences),
  });
}
