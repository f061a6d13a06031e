// Where the browser host keeps its files: INQUIRY_DESK_DATA_DIR, or the platform's per-user data folder.
import envPaths from 'env-paths';

export function resolveDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.INQUIRY_DESK_DATA_DIR || envPaths('InquiryDesk', { suffix: '' }).data;
}
