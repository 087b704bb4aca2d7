import { useState, type ChangeEvent } from 'react';
import type { PackError } from '@/lib/checklists';
import { importChecklistPack } from '@/lib/db/checklists';
import { db } from '@/lib/db/db';
import { useChecklistsStore } from './store';
import { useT } from './use-t';

const SHOWN_ERRORS = 50;

/**
 * Import from a file or pasted text, validated with `parseChecklistPack`: all or nothing, and
 * every problem listed with its exact path (`$.checklists[2].items[0].text.fr`).
 */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const setNotice = useChecklistsStore((s) => s.setNotice);
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<PackError[] | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (json: string) => {
    setBusy(true);
    try {
      const result = await importChecklistPack(db, json);
      if (!result.ok) {
        setErrors(result.errors);
        return;
      }
      setNotice(t('imported', { added: result.added, unchanged: result.unchanged }));
      onClose();
    } finally {
      setBusy(false);
    }
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be picked again after fixing it
    if (file) await run(await file.text());
  };

  return (
    <dialog
      className="ce-dialog ce-dialog--wide"
      aria-labelledby="ce-import-title"
      data-testid="import-dialog"
      ref={(el) => {
        if (el && !el.open) el.showModal();
      }}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="ce-import-title">{t('importTitle')}</h2>
      <p className="ce-hint">{t('importHint')}</p>
      <label className="ce-field">
        <span className="ce-field__label">{t('importFile')}</span>
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          disabled={busy}
          onChange={(e) => void onFile(e)}
        />
      </label>
      <label className="ce-field">
        <span className="ce-field__label">{t('importPaste')}</span>
        <textarea
          rows={8}
          spellCheck={false}
          data-testid="import-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {errors && (
        <div className="ce-errors" role="alert" data-testid="import-errors">
          <strong>{t('importErrors', { count: errors.length })}</strong>
          <ul>
            {errors.slice(0, SHOWN_ERRORS).map((error) => (
              <li key={`${error.path} ${error.message}`}>
                <code>{error.path}</code> {error.message}
              </li>
            ))}
            {errors.length > SHOWN_ERRORS && (
              <li>{t('importMore', { count: errors.length - SHOWN_ERRORS })}</li>
            )}
          </ul>
        </div>
      )}
      <div className="ce-dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('close')}
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="import-submit"
          disabled={busy || text.trim() === ''}
          onClick={() => void run(text)}
        >
          {t('importPasted')}
        </button>
      </div>
    </dialog>
  );
}
