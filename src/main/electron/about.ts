// The About panel (version, environment, the dependencies' licences gathered at build time, the diagnostic
// log's export) and the Help box (F1: the shortcuts), in the investigator's language.
import type { BrowserWindow, Dialog } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../shared/domain/preferences';

export interface PackageLicence {
  name: string;
  version: string;
  license: string;
  text: string | null;
}

/** out/main/licences.json, written by the build (scripts/packaging/licences.mjs); none when absent. */
export function loadLicences(path: string): PackageLicence[] {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PackageLicence[];
  } catch {
    return [];
  }
}

/** The licences as one text file: a summary line per package, then each licence's text. */
export function licencesText(licences: readonly PackageLicence[]): string {
  const summary = licences.map((p) => `${p.name} ${p.version} — ${p.license}`);
  const texts = licences
    .filter((p) => p.text)
    .map((p) => `=== ${p.name} ${p.version} (${p.license}) ===\n\n${p.text}`);
  return [...summary, '', ...texts].join('\n') + '\n';
}

const TEXT: Record<
  Language,
  {
    title: string;
    version: string;
    environment: string;
    licences: (count: number) => string;
    ok: string;
    saveLicences: string;
    exportDiagnostics: string;
    helpTitle: string;
    help: string;
    licencesFile: string;
  }
> = {
  fr: {
    title: 'À propos d’Inquiry Desk',
    version: 'Version',
    environment: 'Environnement',
    licences: (n) =>
      `Composants tiers : ${n} paquets, sous leurs licences (MIT, ISC, Apache-2.0, BSD…).`,
    ok: 'OK',
    saveLicences: 'Enregistrer les licences…',
    exportDiagnostics: 'Exporter le journal de diagnostic…',
    helpTitle: 'Aide',
    help: 'Ctrl+N nouvelle enquête\nCtrl+F rechercher dans les enquêtes enregistrées\nCtrl+P imprimer le rapport\nCtrl+E exporter le rapport (PDF, CSV, JSON)\nF1 cette aide\n\nEn cas de problème, exportez le journal de diagnostic (Aide) et transmettez-le au service informatique : il ne contient aucune donnée personnelle.',
    licencesFile: 'Inquiry Desk - licences.txt',
  },
  nl: {
    title: 'Over Inquiry Desk',
    version: 'Versie',
    environment: 'Omgeving',
    licences: (n) =>
      `Componenten van derden: ${n} pakketten, onder hun licenties (MIT, ISC, Apache-2.0, BSD…).`,
    ok: 'OK',
    saveLicences: 'Licenties opslaan…',
    exportDiagnostics: 'Diagnoselogboek exporteren…',
    helpTitle: 'Help',
    help: 'Ctrl+N nieuw onderzoek\nCtrl+F zoeken in opgeslagen onderzoeken\nCtrl+P het verslag afdrukken\nCtrl+E het verslag exporteren (PDF, CSV, JSON)\nF1 deze help\n\nBij een probleem: exporteer het diagnoselogboek (Help) en bezorg het aan de informaticadienst; het bevat geen persoonsgegevens.',
    licencesFile: 'Inquiry Desk - licenties.txt',
  },
  de: {
    title: 'Über Inquiry Desk',
    version: 'Version',
    environment: 'Umgebung',
    licences: (n) =>
      `Komponenten Dritter: ${n} Pakete, unter ihren Lizenzen (MIT, ISC, Apache-2.0, BSD…).`,
    ok: 'OK',
    saveLicences: 'Lizenzen speichern…',
    exportDiagnostics: 'Diagnoseprotokoll exportieren…',
    helpTitle: 'Hilfe',
    help: 'Strg+N neue Untersuchung\nStrg+F in gespeicherten Untersuchungen suchen\nStrg+P den Bericht drucken\nStrg+E den Bericht exportieren (PDF, CSV, JSON)\nF1 diese Hilfe\n\nBei einem Problem exportieren Sie das Diagnoseprotokoll (Hilfe) und geben es dem IT-Dienst: es enthält keine personenbezogenen Daten.',
    licencesFile: 'Inquiry Desk - Lizenzen.txt',
  },
};

export interface AboutOptions {
  dialog: Pick<Dialog, 'showMessageBox' | 'showSaveDialog'>;
  window: BrowserWindow | null;
  language: Language;
  version: string;
  environment: string;
  licences: readonly PackageLicence[];
  documentsDir: string;
  writeFile: (path: string, text: string) => Promise<void>;
  exportDiagnostics: () => Promise<void>;
}

export async function showAbout(options: AboutOptions): Promise<void> {
  const text = TEXT[options.language];
  const boxOptions = {
    type: 'info' as const,
    title: text.title,
    message: `Inquiry Desk ${options.version}`,
    detail: [
      `${text.version} ${options.version} · ${text.environment}: ${options.environment}`,
      `Electron ${process.versions.electron ?? '-'} · Chromium ${process.versions.chrome ?? '-'} · Node.js ${process.versions.node}`,
      '',
      text.licences(options.licences.length),
      options.licences.map((p) => `${p.name} ${p.version} (${p.license})`).join(', '),
    ].join('\n'),
    buttons: [text.ok, text.saveLicences, text.exportDiagnostics],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = options.window
    ? await options.dialog.showMessageBox(options.window, boxOptions)
    : await options.dialog.showMessageBox(boxOptions);
  if (response === 1) {
    const saveOptions = { defaultPath: join(options.documentsDir, text.licencesFile) };
    const target = options.window
      ? await options.dialog.showSaveDialog(options.window, saveOptions)
      : await options.dialog.showSaveDialog(saveOptions);
    if (!target.canceled && target.filePath)
      await options.writeFile(target.filePath, licencesText(options.licences));
  }
  if (response === 2) await options.exportDiagnostics();
}

export async function showHelp(
  dialog: Pick<Dialog, 'showMessageBox'>,
  window: BrowserWindow | null,
  language: Language,
): Promise<void> {
  const text = TEXT[language];
  const boxOptions = {
    type: 'info' as const,
    title: text.helpTitle,
    message: 'Inquiry Desk',
    detail: text.help,
    buttons: [text.ok],
  };
  if (window) await dialog.showMessageBox(window, boxOptions);
  else await dialog.showMessageBox(boxOptions);
}

/** The diagnostic log, as one file the user saves (Documents by default) for the service desk. */
export async function exportDiagnosticLog(options: {
  dialog: Pick<Dialog, 'showSaveDialog'>;
  window: BrowserWindow | null;
  documentsDir: string;
  text: () => string;
  writeFile: (path: string, text: string) => Promise<void>;
  today?: () => Date;
}): Promise<string | null> {
  const day = (options.today?.() ?? new Date()).toISOString().slice(0, 10);
  const saveOptions = {
    defaultPath: join(options.documentsDir, `Inquiry Desk - diagnostic ${day}.log`),
  };
  const target = options.window
    ? await options.dialog.showSaveDialog(options.window, saveOptions)
    : await options.dialog.showSaveDialog(saveOptions);
  if (target.canceled || !target.filePath) return null;
  await options.writeFile(target.filePath, options.text());
  return target.filePath;
}
