// A small modal confirmation (native <dialog>): focus kept inside, Escape cancels, the safe choice focused first.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  onConfirm,
  onCancel,
  busy = false,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const onCancelRef = useRef(onCancel);
  useEffect(() => {
    onCancelRef.current = onCancel;
  }, [onCancel]);

  // Opened as a modal on mount; on unmount, focus goes back to what opened it.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    cancelButton.current?.focus();
    const onNativeCancel = (event: Event) => {
      // Escape: the dialog closes because React unmounts it, not on its own.
      event.preventDefault();
      onCancelRef.current();
    };
    element?.addEventListener('cancel', onNativeCancel);
    return () => {
      element?.removeEventListener('cancel', onNativeCancel);
      if (element?.open) element.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid="confirm-dialog"
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`} className="confirm-body">
        {children}
      </div>
      <div className="confirm-actions">
        <button
          ref={cancelButton}
          type="button"
          className="secondary"
          onClick={onCancel}
          disabled={busy}
          data-testid="confirm-no"
        >
          {t('confirm.cancel')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={onConfirm}
          disabled={busy}
          data-testid="confirm-yes"
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
