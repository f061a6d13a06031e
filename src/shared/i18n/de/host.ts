// German texts of the two hosts (desktop app, browser).
import type { Catalogue } from '../catalogue';

export const host: Catalogue['host'] = {
  electron: 'Desktop-Anwendung',
  browser: 'Browser (lokaler Host)',
};
