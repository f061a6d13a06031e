// DeskApi: the Nova+ lists (list server, fetch, import, the Lists screen's queries, badges and events).
import type { DeskHandlers } from '../../../shared/contract/contract';
import type { ListsService } from '../../lists';

export function listsHandlers(lists: ListsService) {
  return {
    getListsStatus: () => lists.status(),
    saveListServer: (input) => lists.saveServer(input),
    useDemoListServer: ({ protocol }) => lists.useDemoServer(protocol),
    confirmListHostKey: ({ fingerprint }) => lists.confirmHostKey(fingerprint),
    fetchLists: () => lists.fetch(),
    importListFiles: ({ files }) => lists.importFiles(files),
    importListFolder: ({ path }) => lists.importFolder(path),
    queryList: (query) => lists.query(query),
    getStatementTotals: () => lists.statementTotals(),
    getRejectionTotals: ({ month }) => lists.rejectionTotals(month),
    getListFollowUps: () => lists.followUps(),
    getListEvents: (input) => lists.events(input),
    setListRetention: ({ days }) => lists.setRetention(days),
  } satisfies Partial<DeskHandlers>;
}
