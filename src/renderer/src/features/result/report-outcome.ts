// Pure helpers of the report actions (no DOM): base64 to bytes, what to say after an export or a print, the shortcuts.
import type { MessageKey } from '../../../../shared/i18n';
import type {
  ReportDelivery,
  ReportFormat,
  ReportPrinting,
} from '../../../../shared/contract/report';

export interface OutcomeText {
  key: MessageKey;
  values?: Record<string, string>;
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function deliveryText(delivery: ReportDelivery): OutcomeText {
  switch (delivery.kind) {
    case 'saved':
      return { key: 'report.done.saved', values: { file: delivery.path } };
    case 'download':
      return { key: 'report.done.downloaded', values: { file: delivery.fileName } };
    case 'cancelled':
      return { key: 'report.done.cancelled' };
  }
}

export function printingText(printing: ReportPrinting): OutcomeText {
  switch (printing.kind) {
    case 'printed':
      return { key: 'report.done.printed' };
    case 'cancelled':
      return { key: 'report.done.printCancelled' };
    case 'open':
      return { key: 'report.done.opened' };
  }
}

export type ReportShortcut = 'print' | 'export';

/**
 * Ctrl+P prints the report (instead of the browser printing the screen), Ctrl+E opens the export menu.
 * Cmd on macOS; not with Alt or Shift, which other shortcuts use.
 */
export function reportShortcut(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): ReportShortcut | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'p') return 'print';
  if (key === 'e') return 'export';
  return null;
}

/** The progress label of an export: the PDF takes longest and says so. */
export function makingKey(format: ReportFormat): MessageKey {
  return format === 'pdf' ? 'report.actions.makingPdf' : 'report.actions.making';
}
