import { describe, expect, it } from 'vitest';
import { shellShortcut } from './shell-shortcuts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('shell shortcuts', () => {
  it('Ctrl+N opens a new inquiry, Ctrl+F the saved inquiries (Cmd on macOS)', () => {
    expect(shellShortcut(key('n', { ctrlKey: true }))).toBe('new');
    expect(shellShortcut(key('N', { ctrlKey: true }))).toBe('new');
    expect(shellShortcut(key('f', { metaKey: true }))).toBe('saved');
  });

  it('leaves other keys and chords alone', () => {
    expect(shellShortcut(key('n'))).toBeNull();
    expect(shellShortcut(key('f', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shellShortcut(key('p', { ctrlKey: true }))).toBeNull();
  });
});
