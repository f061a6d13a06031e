// TODO header
export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp';
export { readRendererFile } from './static-files';
export { composeDesk } from './compose';
export { dispatch, type Logger } from './rpc/dispatch';
export { DataFolderInUse, lockDataFolder, prepareDataFolder } from './data-folder';
