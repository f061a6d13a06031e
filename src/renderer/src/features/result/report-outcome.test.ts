import { describe, expect, it } from 'vitest';
import { base64ToBytes, deliveryText, printingText, reportShortcut } from './report-outcome';
import { keyPress } from '../../../../test-support/key-press';

describe('report actions, pure parts', () => {
  it('decodes the delivered bytes exactly, BOM and binary included', () => {
    const bytes = [0xef, 0xbb, 0xbf, 0x25, 0x50, 0x00, 0xff];
    expect([...base64ToBytes(btoa(String.fromCharCode(...bytes)))]).toEqual(bytes);
  });

  it('says where a file went, or that nothing was written', () => {
    expect(deliveryText({ kind: 'saved', path: 'C:\\Users\\x\\r.pdf' })).toEqual({
      key: 'report.done.saved',
      values: { file: 'C:\\Users\\x\\r.pdf' },
    });
    expect(
      deliveryText({ kind: 'download', fileName: 'a.csv', mimeType: 'text/csv', base64: '' }),
    ).toEqual({ key: 'report.done.downloaded', values: { file: 'a.csv' } });
    expect(deliveryText({ kind: 'cancelled' }).key).toBe('report.done.cancelled');
    expect(printingText({ kind: 'cancelled' }).key).toBe('report.done.printCancelled');
    expect(printingText({ kind: 'open', path: '/report-print/x' }).key).toBe('report.done.opened');
  });

  it('takes Ctrl+P and Ctrl+E (Cmd on macOS), and leaves other chords alone', () => {
    expect(reportShortcut(keyPress('p', { ctrlKey: true }))).toBe('print');
    expect(reportShortcut(keyPress('P', { metaKey: true }))).toBe('print');
    expect(reportShortcut(keyPress('e', { ctrlKey: true }))).toBe('export');
    expect(reportShortcut(keyPress('p'))).toBeNull();
    expect(reportShortcut(keyPress('p', { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(reportShortcut(keyPress('e', { ctrlKey: true, altKey: true }))).toBeNull();
    expect(reportShortcut(keyPress('s', { ctrlKey: true }))).toBeNull();
  });
});
