// Dutch texts of the two hosts (desktop app, browser).
import type { Catalogue } from '../catalogue';

export const host: Catalogue['host'] = {
  electron: 'Desktoptoepassing',
  browser: 'Browser (lokale host)',
};
