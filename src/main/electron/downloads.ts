// Downloads (the audit CSV, exports) always go through a save dialog that opens in the user's documents.
import type { DownloadItem, Session } from 'electron';
import { basename, join } from 'node:path';

export function routeDownloadsToDocuments(
  session: Pick<Session, 'on'>,
  documentsDir: () => string,
): void {
  session.on('will-download', (_event, item: DownloadItem) => {
    // No save path set: Electron asks with the save dialog, here opened on Documents with the file's name.
    item.setSaveDialogOptions({
      defaultPath: join(documentsDir(), basename(item.getFilename() || 'download')),
    });
  });
}
