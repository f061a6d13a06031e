// The shell's shortcuts (the Electron menu shows them and forwards them here): Ctrl+N new inquiry, Ctrl+F
// search the saved inquiries. Ctrl+P and Ctrl+E belong to the result screen (report-outcome.ts).
import type { Screen } from './AppNav';

export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export function shellShortcut(event: ShortcutKey): Screen | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'n') return 'new';
  if (key === 'f') return 'saved';
  return null;
}
