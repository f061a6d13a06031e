// French texts of the two hosts (desktop app, browser).
export const host = {
  electron: 'Application de bureau',
  browser: 'Navigateur (hôte local)',
} as const;
