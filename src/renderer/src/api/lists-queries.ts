// react-query hooks of the Nova+ lists over the DeskApi.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListQuery, ListServerInput } from '../../../shared/contract/lists';
import { useCallback } from 'react';
import { desk } from './desk';
import { unwrap } from './queries';

/** Everything that depends on the imported rows: invalidated together after a fetch or an import. */
const LISTS = ['lists'] as const;
const keys = {
  status: ['lists', 'status'] as const,
  page: (query: ListQuery) => ['lists', 'page', query] as const,
  statementTotals: ['lists', 'statementTotals'] as const,
  rejectionTotals: (month: string | undefined) =>
    ['lists', 'rejectionTotals', month ?? ''] as const,
  followUps: ['lists', 'followUps'] as const,
  events: (niss: string, from: string, to: string) => ['lists', 'events', niss, from, to] as const,
};

export function useListsStatus() {
  return useQuery({ queryKey: keys.status, queryFn: () => unwrap(desk.getListsStatus()) });
}

export function useListPage(query: ListQuery, enabled = true) {
  return useQuery({
    queryKey: keys.page(query),
    queryFn: () => unwrap(desk.queryList(query)),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useStatementTotals(enabled: boolean) {
  return useQuery({
    queryKey: keys.statementTotals,
    queryFn: () => unwrap(desk.getStatementTotals()),
    enabled,
  });
}

export function useRejectionTotals(month: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: keys.rejectionTotals(month),
    queryFn: () => unwrap(desk.getRejectionTotals({ month })),
    enabled,
  });
}

export function useListFollowUps() {
  return useQuery({ queryKey: keys.followUps, queryFn: () => unwrap(desk.getListFollowUps()) });
}

const listEventsQuery = (niss: string, from: string, to: string) => ({
  queryKey: keys.events(niss, from, to),
  queryFn: () => unwrap(desk.getListEvents({ niss, from, to })),
});

export function useListEvents(niss: string, from: string, to: string) {
  return useQuery(listEventsQuery(niss, from, to));
}

/**
 * Asks for a person's list events while the BCSS answers: the result's timeline waits for them before its first
 * paint, which then costs no round trip more.
 */
export function usePrefetchListEvents() {
  const client = useQueryClient();
  return useCallback(
    (niss: string, from: string, to: string) =>
      void client.prefetchQuery(listEventsQuery(niss, from, to)),
    [client],
  );
}

function useListsMutation<In, Out>(call: (input: In) => Promise<Out>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => client.invalidateQueries({ queryKey: LISTS }),
  });
}

export const useFetchLists = () => useListsMutation(() => unwrap(desk.fetchLists()));
export const useSaveListServer = () =>
  useListsMutation((input: ListServerInput) => unwrap(desk.saveListServer(input)));
export const useDemoListServer = () =>
  useListsMutation((protocol: 'ftps' | 'sftp') => unwrap(desk.useDemoListServer({ protocol })));
export const useConfirmListHostKey = () =>
  useListsMutation((fingerprint: string) => unwrap(desk.confirmListHostKey({ fingerprint })));
export const useImportListFiles = () =>
  useListsMutation((files: { name: string; contentBase64: string }[]) =>
    unwrap(desk.importListFiles({ files })),
  );
/** Electron host: the system's dialog, then the import; null when cancelled. */
export const useChooseListFiles = () =>
  useListsMutation((what: 'files' | 'folder') => unwrap(desk.chooseAndImportListFiles({ what })));
export const useImportListFolder = () =>
  useListsMutation((path: string) => unwrap(desk.importListFolder({ path })));
export const useSetListRetention = () =>
  useListsMutation((days: number) => unwrap(desk.setListRetention({ days })));
