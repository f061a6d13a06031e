// react-query hooks over the DeskApi: results unwrapped, typed errors thrown for the UI to show.
import {
  keepPreviousData,
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { InquiryRequest } from '../../../shared/contract/contract';
import type { DeskError, DeskResult } from '../../../shared/contract/errors';
import type { Language, Preferences, PreferencesPatch } from '../../../shared/domain/preferences';
import type { ReportFormat, ReportOptions } from '../../../shared/contract/report';
import type { AttestationSection, Inquiry } from '../../../shared/domain/inquiry';
import { desk } from './desk';
import { markAnswerReceived } from '../app/perf-marks';

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
  demoPersons: ['demoPersons'] as const,
  inquiryProgress: (requestId: string) => ['inquiryProgress', requestId] as const,
  /** Every listing of the saved inquiries, whatever its search: invalidated together. */
  savedInquiries: ['savedInquiries'] as const,
  savedListing: (search: string) => ['savedInquiries', search] as const,
  savedInquiry: (id: string) => ['savedInquiry', id] as const,
  /** The inquiry a live result shows: its answer, then as kept after a retry or a consultation. */
  liveInquiry: (id: string) => ['liveInquiry', id] as const,
  retention: ['retention'] as const,
};

/** How often the progress of a running inquiry is asked for. */
export const PROGRESS_POLL_MS = 250;

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

/** The simulator's persons, for the demo picker; asked only in the demo environment. */
export function useDemoPersons(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.demoPersons,
    queryFn: () => unwrap(desk.listDemoPersons()),
    enabled,
    staleTime: Infinity,
  });
}

/** Runs one inquiry; the caller picks the requestId so it can follow and cancel the call. */
export function useRunInquiry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: InquiryRequest) => unwrap(desk.runInquiry(request)),
    onSuccess: (inquiry) => {
      markAnswerReceived();
      // The live result reads it there, so that a later retry or consultation updates it in place.
      client.setQueryData(queryKeys.liveInquiry(inquiry.id), inquiry);
      // Main saved it: the list is out of date.
      void client.invalidateQueries({ queryKey: queryKeys.savedInquiries });
    },
  });
}

/** The step a running inquiry is at, polled while it runs (null until main has registered it). */
export function useInquiryProgress(requestId: string | null) {
  return useQuery({
    queryKey: queryKeys.inquiryProgress(requestId ?? ''),
    queryFn: () => unwrap(desk.getInquiryProgress({ requestId: requestId ?? '' })),
    enabled: requestId !== null,
    refetchInterval: PROGRESS_POLL_MS,
    // A missed poll is no reason to alarm anyone: the next one follows.
    retry: false,
    gcTime: 0,
  });
}

export function useCancelInquiry() {
  return useMutation({
    mutationFn: (requestId: string) => unwrap(desk.cancelInquiry({ requestId })),
  });
}

/** The saved inquiries matching `search` (a NISS in any format, or name words; '' for all), newest first. */
export function useSavedInquiries(search: string) {
  return useQuery({
    queryKey: queryKeys.savedListing(search),
    queryFn: () => unwrap(desk.listSavedInquiries(search === '' ? {} : { search })),
    // While the next search runs, the list stays instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

/** One saved inquiry, decrypted by main; not kept in memory once its screen is gone. */
export function useSavedInquiry(id: string | null) {
  return useQuery({
    queryKey: queryKeys.savedInquiry(id ?? ''),
    queryFn: () => unwrap(desk.openSavedInquiry({ id: id ?? '' })),
    enabled: id !== null,
    staleTime: Infinity,
    gcTime: 0,
  });
}

/**
 * A saved inquiry as main now keeps it (after a retry or a consultation) replaces the copies shown: the live
 * result's and the offline one's. Only those being shown: the offline screen decrypts its own copy when it
 * opens (a damaged file must be found then), it never starts from one left here.
 */
export function showKeptInquiry(client: QueryClient, inquiry: Inquiry): void {
  for (const key of [queryKeys.liveInquiry(inquiry.id), queryKeys.savedInquiry(inquiry.id)]) {
    client.setQueryData<Inquiry>(key, (shown) => (shown ? inquiry : undefined));
  }
}

/** The live result's inquiry: the answer `runInquiry` gave, then as kept; never fetched, only updated. */
export function useLiveInquiry(id: string | null) {
  return useQuery<Inquiry>({
    queryKey: queryKeys.liveInquiry(id ?? ''),
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: 0,
  });
}

/**
 * Asks the BCSS again for a saved inquiry's missing section(s); the inquiry as now saved replaces the one
 * shown, so the result (live or offline) shows it completed.
 */
export function useRetryMissingSections() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; requestTypes?: AttestationSection[] }) =>
      unwrap(desk.retryMissingSections(input)),
    onSuccess: (inquiry) => {
      showKeptInquiry(client, inquiry);
      void client.invalidateQueries({ queryKey: queryKeys.savedInquiries });
    },
  });
}

export function useDeleteSavedInquiry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(desk.deleteSavedInquiry({ id })),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.savedInquiries }),
  });
}

/** Adds or corrects the person's name on a saved inquiry; '' goes back to the register's name. */
export function useRenameSavedInquiry() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; personName: string }) =>
      unwrap(desk.renameSavedInquiry(input)),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.savedInquiries }),
  });
}

export function useDeleteAllSavedInquiries() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(desk.deleteAllSavedInquiries()),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.savedInquiries }),
  });
}

export function useRetention() {
  return useQuery({
    queryKey: queryKeys.retention,
    queryFn: () => unwrap(desk.getRetention()),
  });
}

export function useSetRetention() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (days: number) => unwrap(desk.setRetention({ days })),
    onSuccess: (retention) => client.setQueryData(queryKeys.retention, retention),
  });
}

export function useExportAudit() {
  return useMutation({
    mutationFn: (range: { from: string; to: string; language: Language }) =>
      unwrap(desk.exportAudit(range)),
  });
}

/** A saved inquiry as a file: saved by main (Electron) or handed back to download (browser host). */
export function useExportInquiry() {
  return useMutation({
    mutationFn: (request: { id: string; format: ReportFormat } & ReportOptions) =>
      unwrap(desk.exportInquiry(request)),
  });
}

export function usePrintInquiry() {
  return useMutation({
    mutationFn: (request: { id: string } & ReportOptions) => unwrap(desk.printInquiry(request)),
  });
}
