// What the renderer may know about the running app: version, environment and which host serves it.
import type { AppInfo, EnvironmentName, HostKind } from '../../shared/contract/contract';

export const APP_NAME = 'Inquiry Desk';

export function createAppInfo(options: {
  version: string;
  host: HostKind;
  environment?: EnvironmentName;
  platform?: string;
}): AppInfo {
  return {
    name: APP_NAME,
    version: options.version,
    host: options.host,
    environment: options.environment ?? 'demo',
    platform: options.platform ?? process.platform,
    certificateWarning: null,
  };
}
