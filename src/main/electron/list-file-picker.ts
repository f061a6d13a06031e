// The Electron host's dialog for the Nova+ list files a CPAS's IT already downloaded: several files, or a folder.
// Two dialogs rather than one: Windows and Linux cannot show a dialog that picks both files and folders.
import { dialog, type BrowserWindow } from 'electron';
import type { ListFilePicker } from '../app';

export function createListFilePicker(options: {
  parent: () => BrowserWindow | null;
}): ListFilePicker {
  return async (what) => {
    const dialogOptions: Electron.OpenDialogOptions =
      what === 'folder'
        ? { properties: ['openDirectory'] }
        : {
            properties: ['openFile', 'multiSelections'],
            filters: [{ name: 'XML', extensions: ['xml'] }],
          };
    const parent = options.parent();
    const choice = parent
      ? await dialog.showOpenDialog(parent, dialogOptions)
      : await dialog.showOpenDialog(dialogOptions);
    return choice.canceled ? null : choice.filePaths;
  };
}
