// TODO header
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp';
export { readRendererFile } from './static-files';
export { composeDesk } from './compose';
export type { ListFilePicker } from './handlers/lists-handlers';
export { dispatch, type Logger } from './rpc/dispatch';
export { DataFolderInUse, lockDataFolder, prepareDataFolder } from './data-folder';
