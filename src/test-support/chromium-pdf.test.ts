import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumCandidates, createChromiumPdfRenderer, findChromium } from './chromium-pdf';
import { createPdfProfile, removeStaleProfiles } from './pdf-profile';

const ours = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith(`inquiry-desk-pdf-${process.pid}-`));

const root = () => mkdtempSync(join(tmpdir(), 'inquiry-desk-profiles-'));

describe('the PDF engine’s profile', () => {
  it('is removed at the next start when its run was killed; a live run’s and others’ folders stay', () => {
    const dir = root();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    mkdirSync(join(dir, `inquiry-desk-pdf-${gone}-abc`));
    mkdirSync(join(dir, `inquiry-desk-pdf-${process.pid}-def`));
    mkdirSync(join(dir, 'playwright_chromiumdev_profile-xyz'));
    expect(removeStaleProfiles(dir)).toEqual([`inquiry-desk-pdf-${gone}-abc`]);
    expect(readdirSync(dir).sort()).toEqual(
      [`inquiry-desk-pdf-${process.pid}-def`, 'playwright_chromiumdev_profile-xyz'].sort(),
    );
  });

  it('is one folder per run, gone when removed', () => {
    const dir = root();
    const profile = createPdfProfile(dir);
    expect(profile.dir).toContain(`inquiry-desk-pdf-${process.pid}-`);
    expect(existsSync(profile.dir)).toBe(true);
    profile.remove();
    expect(existsSync(profile.dir)).toBe(false);
  });

  it.skipIf(!findChromium())(
    'the renderer prints with it and leaves nothing behind',
    async () => {
      const before = ours();
      const renderer = createChromiumPdfRenderer();
      const pdf = await renderer.render('<!doctype html><p>Rapport</p>', {
        pageSize: 'A4',
        landscape: false,
        printBackground: true,
        displayHeaderFooter: false,
        headerTemplate: '',
        footerTemplate: '',
        marginsMm: { top: 10, right: 10, bottom: 10, left: 10 },
        preferCSSPageSize: false,
        tagged: true,
        outline: false,
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const during = ours();
      expect(during.length).toBe(before.length + 1);
      await renderer.close();
      const after = ours();
      expect(after).toEqual(before);
    },
    60_000,
  );
});

describe('Chromium candidates', () => {
  it('CHROMIUM_PATH first, then the usual places of each OS', () => {
    expect(chromiumCandidates({ CHROMIUM_PATH: '/opt/c/chrome' }, 'linux')[0]).toBe(
      '/opt/c/chrome',
    );
    expect(chromiumCandidates({}, 'linux')).toContain('/usr/bin/chromium');
    const windows = chromiumCandidates(
      { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' },
      'win32',
    );
    expect(windows.some((path) => path.endsWith('chrome.exe'))).toBe(true);
    expect(windows.some((path) => path.endsWith('msedge.exe'))).toBe(true);
    expect(chromiumCandidates({}, 'darwin')[0]).toContain('Google Chrome.app');
  });
});
