// electron-builder's afterPack hook: flips the Electron fuses of the packaged executable (@electron/fuses)
// before it is signed and put in an installer. With a stand-in Electron distribution (the packaging test,
// INQUIRY_DESK_STANDIN_ELECTRON=1) there is no fuse wire to flip: the hook says so and skips.
// @electron/fuses is loaded only when fuses are flipped: the packaging test runs this hook from a staged
// copy of the app that has the production dependencies only.
import { join } from 'node:path';

/** The fuses of the packaged app, by their @electron/fuses names: every V1 fuse, each set on purpose. */
export const FUSES = {
  // No `ELECTRON_RUN_AS_NODE`: the executable cannot be used as a plain Node.js.
  RunAsNode: false,
  // Cookies and local storage encrypted with the OS key (DPAPI on Windows).
  EnableCookieEncryption: true,
  // NODE_OPTIONS and --inspect cannot inject code or a debugger into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash electron-builder embeds; the app loads only from it.
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // Electron's defaults, kept: one V8 snapshot; file:// has no extra privileges (the app uses app://).
  LoadBrowserProcessSpecificV8Snapshot: false,
  GrantFileProtocolExtraPrivileges: false,
  WasmTrapHandlers: true,
};

/**
 * The configuration given to flipFuses for a platform: FUSES keyed by the wire index of each fuse
 * (`fuses` = @electron/fuses' module); every fuse required, none forgotten when Electron adds one.
 * macOS needs its ad-hoc signature reset after the flip.
 */
export function fuseConfig(fuses, platform) {
  const config = {
    version: fuses.FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: platform === 'darwin',
  };
  for (const [name, value] of Object.entries(FUSES)) {
    const index = fuses.FuseV1Options[name];
    if (typeof index !== 'number')
      throw new Error(`fuses: @electron/fuses has no fuse named ${name}`);
    config[index] = value;
  }
  return config;
}

/** The path of the packaged Electron executable that carries the fuse wire. */
export function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'win32') return join(appOutDir, `${name}.exe`);
  if (electronPlatformName === 'darwin') return join(appOutDir, `${name}.app`);
  return join(appOutDir, packager.executableName);
}

export function isStandInElectron(env = process.env) {
  return env.INQUIRY_DESK_STANDIN_ELECTRON === '1';
}

export default async function afterPack(
  context,
  { fuses, env = process.env, log = console.log } = {},
) {
  if (isStandInElectron(env)) {
    log(
      'fuses: skipped, the Electron distribution is a stand-in (INQUIRY_DESK_STANDIN_ELECTRON=1)',
    );
    return;
  }
  const module = fuses ?? (await import('@electron/fuses'));
  const target = executablePath(context);
  await module.flipFuses(target, fuseConfig(module, context.electronPlatformName));
  log(`fuses: flipped on ${target}`);
}
