import { describe, expect, it } from 'vitest';
import { shellShortcut } from './shell-shortcuts';
import { keyPress } from '../../../test-support/key-press';

describe('shell shortcuts', () => {
  it('Ctrl+N opens a new inquiry, Ctrl+F the saved inquiries (Cmd on macOS)', () => {
    expect(shellShortcut(keyPress('n', { ctrlKey: true }))).toBe('new');
    expect(shellShortcut(keyPress('N', { ctrlKey: true }))).toBe('new');
    expect(shellShortcut(keyPress('f', { metaKey: true }))).toBe('saved');
  });

  it('leaves other keys and chords alone', () => {
    expect(shellShortcut(keyPress('n'))).toBeNull();
    expect(shellShortcut(keyPress('f', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(shellShortcut(keyPress('p', { ctrlKey: true }))).toBeNull();
  });
});
