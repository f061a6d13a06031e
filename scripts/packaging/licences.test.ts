// The licences shown in the About panel: every production dependency and bundled renderer package, with its text.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import pkg from '../../package.json';
import { collectLicences, RENDERER_PACKAGES } from './licences.mjs';

describe('dependency licences, gathered at build time', () => {
  const licences = collectLicences(join(import.meta.dirname, '..', '..'));
  const names = new Set(licences.map((entry) => entry.name));

  it('lists the production dependencies, the bundled renderer packages and what they depend on', () => {
    for (const name of [...Object.keys(pkg.dependencies), ...RENDERER_PACKAGES]) expect(names).toContain(name);
    expect(names).toContain('scheduler'); // react-dom's own dependency
    expect(names).not.toContain('vitest');
    expect(names).not.toContain('electron-builder');
  });

  it('gives each its licence name and, where the package ships one, its text', () => {
    const react = licences.find((entry) => entry.name === 'react')!;
    expect(react.license).toBe('MIT');
    expect(react.text).toMatch(/Permission is hereby granted/);
    for (const entry of licences) expect(entry.license, entry.name).not.toBe('');
  });
});
