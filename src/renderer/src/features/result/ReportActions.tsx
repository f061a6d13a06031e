// The result screen's report actions: Print, and an Export menu (PDF, CSV, JSON), with Ctrl+P and Ctrl+E.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskError } from '../../../../shared/contract/errors';
import {
  REPORT_FORMATS,
  type ReportFormat,
  type ReportOptions,
} from '../../../../shared/contract/report';
import { asDeskError } from '../../api/desk-error';
import { useExportInquiry, usePrintInquiry } from '../../api/queries';
import { downloadBytes } from '../../components/download';
import { ErrorMessage } from '../../components/ErrorMessage';
import { openAndPrint } from './print-page';
import {
  base64ToBytes,
  deliveryText,
  makingKey,
  printingText,
  reportShortcut,
  type OutcomeText,
} from './report-outcome';
import './report-actions.css';

const POPUP_BLOCKED: DeskError = { code: 'REPORT_FAILED', messageKey: 'report.error.popupBlocked' };

/**
 * `id`: the saved inquiry's (every successful inquiry is saved under its own id); `options`: what the screen
 * shows besides it (the situation's day, a compared earlier inquiry), for the report to print the same.
 */
export function ReportActions({ id, options }: { id: string; options?: ReportOptions }) {
  const { t } = useTranslation();
  const menuId = useId();
  const exporting = useExportInquiry();
  const printing = usePrintInquiry();
  const [menuOpen, setMenuOpen] = useState(false);
  const [pendingFormat, setPendingFormat] = useState<ReportFormat | null>(null);
  const [outcome, setOutcome] = useState<OutcomeText | null>(null);
  const [localError, setLocalError] = useState<DeskError | null>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const busy = exporting.isPending || printing.isPending;
  const error = localError ?? asDeskError(exporting.error) ?? asDeskError(printing.error);

  const { reset: resetExport } = exporting;
  const { reset: resetPrint, mutate: printMutate } = printing;
  // The last outcome or error is about the last action: a new one clears it.
  const clear = useCallback(() => {
    setOutcome(null);
    setLocalError(null);
    resetExport();
    resetPrint();
  }, [resetExport, resetPrint]);

  const exportAs = (format: ReportFormat) => {
    if (busy) return;
    setMenuOpen(false);
    clear();
    setPendingFormat(format);
    exporting.mutate(
      { id, format, ...options },
      {
        onSuccess: (delivery) => {
          if (delivery.kind === 'download') {
            downloadBytes(base64ToBytes(delivery.base64), delivery.fileName, delivery.mimeType);
          }
          setOutcome(deliveryText(delivery));
        },
        onSettled: () => {
          setPendingFormat(null);
          menuButton.current?.focus();
        },
      },
    );
  };

  const print = useCallback(() => {
    if (busy) return;
    setMenuOpen(false);
    clear();
    printMutate(
      { id, ...options },
      {
        onSuccess: (result) => {
          if (result.kind === 'open' && !openAndPrint(result.path)) {
            setLocalError(POPUP_BLOCKED);
            return;
          }
          setOutcome(printingText(result));
        },
      },
    );
  }, [busy, clear, id, options, printMutate]);

  // Focus goes into the menu when it opens, on its first entry (the PDF): Ctrl+E then Enter exports it.
  useEffect(() => {
    if (menuOpen) menu.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [menuOpen]);

  // Capture phase, on the window: the shortcut works wherever the focus is on the result screen.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = reportShortcut(event);
      if (!shortcut) return;
      // Ctrl+P would print the screen, not the report; Ctrl+E would go to the address bar.
      event.preventDefault();
      if (shortcut === 'print') print();
      else if (!busy) setMenuOpen(true);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [print, busy]);

  // A click elsewhere closes the menu, as any menu does.
  useEffect(() => {
    if (!menuOpen) return;
    const onDown = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !menuButton.current?.contains(target)) {
        setMenuOpen(false);
      }
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [menuOpen]);

  const onMenuKey = (event: React.KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      setMenuOpen(false);
      menuButton.current?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      setMenuOpen(false);
    }
  };

  const translate = t as unknown as (key: string, values?: object) => string;
  return (
    <div className="report-actions" role="group" aria-label={t('report.actions.label')}>
      <div className="report-buttons">
        <button
          type="button"
          className="secondary"
          onClick={print}
          disabled={busy}
          aria-keyshortcuts="Control+P"
          data-testid="report-print"
        >
          {printing.isPending ? t('report.actions.printing') : t('report.actions.print')}
        </button>
        <div className="report-menu-anchor">
          <button
            ref={menuButton}
            type="button"
            className="primary report-export"
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            aria-controls={menuId}
            aria-keyshortcuts="Control+E"
            aria-busy={exporting.isPending}
            disabled={busy}
            onClick={() => setMenuOpen((open) => !open)}
            data-testid="report-export"
          >
            {pendingFormat ? t(makingKey(pendingFormat)) : `${t('report.actions.export')} ▾`}
          </button>
          {menuOpen && (
            <ul
              ref={menu}
              id={menuId}
              className="report-menu"
              role="menu"
              aria-label={t('report.actions.exportMenu')}
              onKeyDown={onMenuKey}
              data-testid="report-export-menu"
            >
              {REPORT_FORMATS.map((format) => (
                <li key={format} role="none">
                  <button
                    type="button"
                    role="menuitem"
                    onClick={() => exportAs(format)}
                    data-testid={`report-export-${format}`}
                  >
                    {t(`report.actions.${format}`)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <p className="report-shortcuts hint">{t('report.actions.shortcuts')}</p>
      <p className="report-status" role="status" aria-live="polite" data-testid="report-status">
        {outcome ? translate(outcome.key, outcome.values) : ''}
      </p>
      {error && <ErrorMessage error={error} testId="report-error" />}
    </div>
  );
}
