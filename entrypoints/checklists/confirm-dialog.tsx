import type { ReactNode } from 'react';
import { useT } from './use-t';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * A modal `<dialog>`: focus moves into it and is trapped there, Escape cancels. Opened from a
 * ref callback, so no effect is needed to call `showModal`.
 */
export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel }: Props) {
  const t = useT();
  return (
    <dialog
      className="ce-dialog"
      aria-labelledby="ce-confirm-title"
      data-testid="confirm-dialog"
      ref={(el) => {
        if (el && !el.open) el.showModal();
      }}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="ce-confirm-title">{title}</h2>
      <p>{children}</p>
      <div className="ce-dialog__actions">
        <button type="button" className="button" autoFocus onClick={onCancel}>
          {t('cancel')}
        </button>
        <button
          type="button"
          className="button button--danger-solid"
          data-testid="confirm"
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
