import { useState, type FormEvent } from 'react';
import { useI18n } from '@/components/i18n';
import { FIELD_KEYS, type FieldKey } from '@/lib/capture/types';

interface Props {
  /** Fixed when correcting a shown value; chosen by the agent when adding one. */
  fieldKey?: FieldKey;
  initial?: string;
  onSave: (key: FieldKey, value: string) => Promise<void>;
  onCancel: () => void;
}

/** Inline form to correct a captured value or add a missing one. */
export function FieldEditor({ fieldKey, initial = '', onSave, onCancel }: Props) {
  const { t } = useI18n();
  const [key, setKey] = useState<FieldKey>(fieldKey ?? 'accountNumber');
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!value.trim()) return;
    try {
      await onSave(key, value.trim());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form className="field-editor" onSubmit={(e) => void submit(e)} data-testid="field-editor">
      {!fieldKey && (
        <label>
          <span>{t('fieldKey')}</span>
          <select
            value={key}
            onChange={(e) => setKey(e.target.value as FieldKey)}
            data-testid="field-editor-key"
          >
            {FIELD_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(k)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{fieldKey ? t(fieldKey) : t('fieldValue')}</span>
        <input
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && onCancel()}
          maxLength={500}
          // The agent opened this editor: taking focus here is what they asked for.
          autoFocus
          data-testid="field-editor-value"
        />
      </label>
      <div className="field-editor__actions">
        <button type="submit" className="button button--primary">
          {t('save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
      {error && <p className="notice__error">{error}</p>}
    </form>
  );
}
