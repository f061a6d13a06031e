// The application menu, in the investigator's language (fr/nl/de), with the app's shortcuts: Ctrl+N new
// inquiry, Ctrl+F search the saved inquiries, Ctrl+P print, Ctrl+E export (the renderer's own shortcuts: the
// menu shows them without taking the keys, and its items send the same keys to the page), F1 help.
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/preferences';

/** What the menu's own items do in the main process. */
export interface MenuActions {
  window: () => BrowserWindow | null;
  help: () => void;
  about: () => void;
  exportDiagnostics: () => void;
  quit: () => void;
}

type LabelKey =
  | 'file'
  | 'newInquiry'
  | 'searchSaved'
  | 'print'
  | 'export'
  | 'quit'
  | 'edit'
  | 'view'
  | 'help'
  | 'helpContents'
  | 'diagnostics'
  | 'about';

/** The menu's labels (`&` marks the access key Windows underlines with Alt). */
export const MENU_LABELS: Record<Language, Record<LabelKey, string>> = {
  fr: {
    file: '&Fichier',
    newInquiry: '&Nouvelle enquête',
    searchSaved: '&Rechercher dans les enquêtes enregistrées',
    print: '&Imprimer',
    export: '&Exporter…',
    quit: '&Quitter',
    edit: '&Édition',
    view: '&Affichage',
    help: '&Aide',
    helpContents: '&Aide',
    diagnostics: 'Exporter le journal de &diagnostic…',
    about: 'À &propos d’Inquiry Desk',
  },
  nl: {
    file: '&Bestand',
    newInquiry: '&Nieuw onderzoek',
    searchSaved: '&Zoeken in opgeslagen onderzoeken',
    print: '&Afdrukken',
    export: '&Exporteren…',
    quit: '&Afsluiten',
    edit: 'B&ewerken',
    view: 'Be&eld',
    help: '&Help',
    helpContents: '&Help',
    diagnostics: '&Diagnoselogboek exporteren…',
    about: '&Over Inquiry Desk',
  },
  de: {
    file: '&Datei',
    newInquiry: '&Neue Untersuchung',
    searchSaved: 'In gespeicherten Untersuchungen &suchen',
    print: '&Drucken',
    export: '&Exportieren…',
    quit: '&Beenden',
    edit: '&Bearbeiten',
    view: '&Ansicht',
    help: '&Hilfe',
    helpContents: '&Hilfe',
    diagnostics: '&Diagnoseprotokoll exportieren…',
    about: '&Über Inquiry Desk',
  },
};

/** The shortcuts the renderer handles itself; the menu item sends the same key to the page. */
const PAGE_SHORTCUTS = {
  newInquiry: { accelerator: 'CmdOrCtrl+N', keyCode: 'N' },
  searchSaved: { accelerator: 'CmdOrCtrl+F', keyCode: 'F' },
  print: { accelerator: 'CmdOrCtrl+P', keyCode: 'P' },
  export: { accelerator: 'CmdOrCtrl+E', keyCode: 'E' },
} as const;

function sendShortcut(window: BrowserWindow | null, keyCode: string): void {
  if (!window || window.isDestroyed()) return;
  window.focus();
  const modifiers: ('meta' | 'control')[] = [process.platform === 'darwin' ? 'meta' : 'control'];
  window.webContents.sendInputEvent({ type: 'keyDown', keyCode, modifiers });
  window.webContents.sendInputEvent({ type: 'keyUp', keyCode, modifiers });
}

export function menuTemplate(
  language: Language,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const label = MENU_LABELS[language];
  const pageItem = (key: keyof typeof PAGE_SHORTCUTS): MenuItemConstructorOptions => ({
    id: key,
    label: label[key],
    accelerator: PAGE_SHORTCUTS[key].accelerator,
    // Shown, not taken: the key reaches the page, whose handler knows the screen it is on.
    registerAccelerator: false,
    click: () => sendShortcut(actions.window(), PAGE_SHORTCUTS[key].keyCode),
  });
  return [
    {
      label: label.file,
      submenu: [
        pageItem('newInquiry'),
        pageItem('searchSaved'),
        { type: 'separator' },
        pageItem('print'),
        pageItem('export'),
        { type: 'separator' },
        { id: 'quit', label: label.quit, accelerator: 'Alt+F4', click: actions.quit },
      ],
    },
    {
      label: label.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: label.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: label.help,
      submenu: [
        { id: 'help', label: label.helpContents, accelerator: 'F1', click: actions.help },
        { id: 'diagnostics', label: label.diagnostics, click: actions.exportDiagnostics },
        { type: 'separator' },
        { id: 'about', label: label.about, click: actions.about },
      ],
    },
  ];
}
