// DeskApi: the Nova+ lists (list server, fetch, import, the Lists screen's queries, badges and events).
import type { DeskHandlers } from '../../../shared/contract/contract';
import { DeskFailure } from '../../../shared/contract/errors';
import type { ListsService } from '../../lists';

/** The host's dialog for list files or a folder: the chosen paths, null when cancelled. */
export type ListFilePicker = (what: 'files' | 'folder') => Promise<string[] | null>;

export function listsHandlers(lists: ListsService, pickListFiles?: ListFilePicker) {
  return {
    getListsStatus: () => lists.status(),
    saveListServer: (input) => lists.saveServer(input),
    useDemoListServer: ({ protocol }) => lists.useDemoServer(protocol),
    confirmListHostKey: ({ fingerprint }) => lists.confirmHostKey(fingerprint),
    fetchLists: () => lists.fetch(),
    importListFiles: ({ files }) => lists.importFiles(files),
    importListFolder: ({ path }) => lists.importFolder(path),
    chooseAndImportListFiles: async ({ what }) => {
      if (!pickListFiles)
        throw new DeskFailure({ code: 'INVALID_INPUT', messageKey: 'lists.errors.noFileDialog' });
      const paths = await pickListFiles(what);
      return paths && paths.length > 0 ? lists.importPaths(paths) : null;
    },
    queryList: (query) => lists.query(query),
    getStatementTotals: () => lists.statementTotals(),
    getRejectionTotals: ({ month }) => lists.rejectionTotals(month),
    getListFollowUps: () => lists.followUps(),
    getListEvents: (input) => lists.events(input),
    setListRetention: ({ days }) => lists.setRetention(days),
  } satisfies Partial<DeskHandlers>;
}
