// The Nova+ lists: files SPP IS publishes for the CPAS (status changes, blocking/unblocking, monthly statements,
// rejections), fetched from the list server or imported by hand, checked against our model, kept sealed in the vault.
export { readListFile, type ListFileSummary } from './list-parser';
export { ListFileRefused, type ListRefusalFacts, type ListRefusalReason } from './list-refusal';
export {
  openListStore,
  LISTS_AREA,
  DEFAULT_LIST_RETENTION_DAYS,
  type ListStore,
  type ImportedFile,
  type ImportResult,
} from './list-store';
export {
  createListsService,
  listsDeskError,
  type ListsService,
  type ListsServiceOptions,
  type DemoListServer,
} from './lists-service';
export { ListServerError, type ListServerFailure } from './list-server-client';
