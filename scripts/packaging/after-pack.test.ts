// The afterPack hook's fuses: the list the issue asks for, every Electron V1 fuse decided, the right file.
import { describe, expect, it, vi } from 'vitest';
import * as fuses from '@electron/fuses';
import afterPack, { executablePath, FUSES, fuseConfig, type FusesModule } from './after-pack.mjs';

const { FuseV1Options, FuseVersion } = fuses;

const context = (platform: string) => ({
  appOutDir: '/pack/out',
  electronPlatformName: platform,
  packager: { appInfo: { productFilename: 'Inquiry Desk' }, executableName: 'inquiry-desk' },
});

describe('fuses of the packaged app', () => {
  it('turns RunAsNode, NODE_OPTIONS and --inspect off; cookie encryption, ASAR integrity and ASAR-only on', () => {
    const config = fuseConfig(fuses as unknown as FusesModule, 'win32');
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(config.version).toBe(FuseVersion.V1);
    expect(config.resetAdHocDarwinSignature).toBe(false);
  });

  it('decides every V1 fuse @electron/fuses knows, and requires them all', () => {
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(FUSES).sort()).toEqual(known.sort());
    const config = fuseConfig(fuses as unknown as FusesModule, 'linux');
    expect(config.strictlyRequireAllFuses).toBe(true);
    for (const name of known)
      expect(typeof config[FuseV1Options[name as keyof typeof FuseV1Options]]).toBe('boolean');
  });

  it('refuses a fuse name @electron/fuses does not have', () => {
    const stale = { ...fuses, FuseV1Options: { RunAsNode: 0 } } as unknown as FusesModule;
    expect(() => fuseConfig(stale, 'win32')).toThrow(/no fuse named/);
  });

  it('flips the packaged executable of each platform', async () => {
    expect(executablePath(context('win32'))).toMatch(/out[\\/]Inquiry Desk\.exe$/);
    expect(executablePath(context('darwin'))).toMatch(/out[\\/]Inquiry Desk\.app$/);
    expect(executablePath(context('linux'))).toMatch(/out[\\/]inquiry-desk$/);
    const flipFuses = vi.fn(async () => undefined);
    const log = vi.fn();
    await afterPack(context('win32'), {
      fuses: { ...(fuses as unknown as FusesModule), flipFuses },
      env: {},
      log,
    });
    expect(flipFuses).toHaveBeenCalledWith(
      expect.stringMatching(/Inquiry Desk\.exe$/),
      expect.objectContaining({ [FuseV1Options.RunAsNode]: false, strictlyRequireAllFuses: true }),
    );
  });

  it('skips, and says so, with a stand-in Electron distribution', async () => {
    const flipFuses = vi.fn();
    const log = vi.fn();
    await afterPack(context('linux'), {
      fuses: { ...(fuses as unknown as FusesModule), flipFuses },
      env: { INQUIRY_DESK_STANDIN_ELECTRON: '1' },
      log,
    });
    expect(flipFuses).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('fuses: skipped'));
  });
});
