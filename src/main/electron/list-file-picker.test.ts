// The Electron host's dialog for Nova+ list files: several XML files, or one folder, modal on the app's window; a
// cancel is no choice.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, FakeBrowserWindow } from '../../test-support/fake-electron';

const fake = vi.hoisted(() => ({ current: null as ReturnType<typeof createFakeElectron> | null }));
vi.mock('electron', async () =>
  (await import('../../test-support/fake-electron')).electronModule(() => fake.current!),
);

beforeEach(() => {
  fake.current = createFakeElectron();
});

describe('the list file dialog', () => {
  it('files: several XML files at once, on the main window', async () => {
    const { createListFilePicker } = await import('./list-file-picker');
    const window = new FakeBrowserWindow({});
    fake.current!.openDialog.answer = { canceled: false, filePaths: ['/it/a.xml', '/it/b.xml'] };
    const pick = createListFilePicker({ parent: () => window as never });
    expect(await pick('files')).toEqual(['/it/a.xml', '/it/b.xml']);
    expect(fake.current!.electron.dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      properties: ['openFile', 'multiSelections'],
      filters: [{ name: 'XML', extensions: ['xml'] }],
    });
  });

  it('folder: one folder; before the window exists, a dialog of its own', async () => {
    const { createListFilePicker } = await import('./list-file-picker');
    fake.current!.openDialog.answer = { canceled: false, filePaths: ['/it/nova'] };
    const pick = createListFilePicker({ parent: () => null });
    expect(await pick('folder')).toEqual(['/it/nova']);
    expect(fake.current!.electron.dialog.showOpenDialog).toHaveBeenCalledWith({
      properties: ['openDirectory'],
    });
  });

  it('cancelled: no choice', async () => {
    const { createListFilePicker } = await import('./list-file-picker');
    fake.current!.openDialog.answer = { canceled: true, filePaths: [] };
    expect(await createListFilePicker({ parent: () => null })('folder')).toBeNull();
  });
});
