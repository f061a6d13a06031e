// The Electron host's report outlet: a save dialog, then the file written; Print opens the system print dialog.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { ReportPrinting } from '../../shared/contract/report';
import type { ReportOutlet } from '../report';
import { withReportWindow } from './report-window';

const FILTERS: Record<string, Electron.FileFilter> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
};

export interface ElectronReportOutletOptions {
  /** The window the dialogs belong to (modal on it); null before it exists. */
  parent: () => BrowserWindow | null;
}

export function createElectronReportOutlet(options: ElectronReportOutletOptions): ReportOutlet {
  return {
    async deliver(file) {
      const extension = file.fileName.slice(file.fileName.lastIndexOf('.') + 1);
      const dialogOptions: Electron.SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), file.fileName),
        filters: FILTERS[extension] ? [FILTERS[extension]] : [],
        properties: ['showOverwriteConfirmation', 'createDirectory'],
      };
      const parent = options.parent();
      const choice = parent
        ? await dialog.showSaveDialog(parent, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return { kind: 'cancelled' };
      await writeFile(choice.filePath, file.data);
      return { kind: 'saved', path: choice.filePath };
    },
    print(report) {
      return withReportWindow(
        report.data.toString('utf8'),
        (window) =>
          new Promise<ReportPrinting>((resolve, reject) => {
            // The system dialog: the investigator picks the printer, the copies, or cancels.
            window.webContents.print(
              { silent: false, printBackground: true },
              (success, reason) => {
                if (success) resolve({ kind: 'printed' });
                else if (reason === 'cancelled') resolve({ kind: 'cancelled' });
                else reject(new Error(`print failed: ${reason}`));
              },
            );
          }),
      );
    },
  };
}
