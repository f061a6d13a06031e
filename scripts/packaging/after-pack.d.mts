// Types of after-pack.mjs, for the tests.
export interface FusesModule {
  FuseVersion: { V1: string };
  FuseV1Options: Record<string, number | string>;
  flipFuses: (path: string, config: Record<string | number, unknown>) => Promise<unknown>;
}
export declare const FUSES: Record<string, boolean>;
export declare function fuseConfig(
  fuses: FusesModule,
  platform: string,
): Record<string | number, unknown>;
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
export declare function executablePath(context: PackContext): string;
export declare function isStandInElectron(env?: Record<string, string | undefined>): boolean;
export default function afterPack(
  context: PackContext,
  options?: {
    fuses?: FusesModule;
    env?: Record<string, string | undefined>;
    log?: (line: string) => void;
  },
): Promise<void>;
