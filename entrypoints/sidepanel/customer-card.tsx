import { useState } from 'react';
import { FieldEditor } from './field-editor';
import { givenKey } from '@/lib/interactions/given';
import { useI18n } from '@/components/i18n';
import type { FieldKey } from '@/lib/capture/types';
import { isMessageKey, type MessageKey } from '@/lib/i18n';
import type { CapturedFieldData } from '@/lib/tabs/tab-context';

interface Props {
  fields: readonly CapturedFieldData[];
  copiedKey: string | null;
  onCopy: (field: CapturedFieldData) => void;
  /** Absent when the card shows a call's stored values rather than the page (nothing to fix). */
  onCorrect?: (key: FieldKey, value: string) => Promise<void>;
  /** Whose card this is: the customer in the call, or the one on screen before a call. */
  kicker?: string;
  notice?: string | null;
  /** `key:normalised value` the customer already gave in an earlier contact. */
  givenEarlier?: ReadonlySet<string>;
}

/** Short badge and full explanation of where a value came from. */
const SOURCE_MARK: Record<string, [MessageKey, MessageKey]> = {
  manual: ['markManual', 'sourceManual'],
  selection: ['markSelection', 'sourceSelection'],
};
const PAGE_MARK: [MessageKey, MessageKey] = ['markPage', 'sourcePage'];

/** The customer's captured identifiers, each with one-click copy, a number key (1–9) and a fix. */
export function CustomerCard({
  kicker,
  fields,
  copiedKey,
  onCopy,
  onCorrect,
  notice,
  givenEarlier,
}: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<FieldKey | 'new' | null>(null);
  const name = fields.find((f) => f.key === 'customerName')?.value;
  const save = async (key: FieldKey, value: string) => {
    await onCorrect?.(key, value);
    setEditing(null);
  };
  return (
    <section className="card" aria-labelledby="customer-card-title" data-testid="customer-card">
      {kicker && (
        <p className="card__kicker" data-testid="card-kicker">
          {kicker}
        </p>
      )}
      <h2 id="customer-card-title" className="card__title">
        {name ?? t('customer')}
      </h2>
      <dl className="fields">
        {fields.map((field, index) => {
          const shortcut = index < 9 ? String(index + 1) : undefined;
          const label = isMessageKey(field.key) ? t(field.key) : field.key;
          const [badge, explanation] = SOURCE_MARK[field.source] ?? PAGE_MARK;
          const where = field.label
            ? t('sourceLabel', { label: field.label, source: field.source })
            : field.source;
          if (editing === field.key) {
            return (
              <FieldEditor
                key={field.key}
                fieldKey={field.key as FieldKey}
                initial={field.value}
                onSave={save}
                onCancel={() => setEditing(null)}
              />
            );
          }
          return (
            <div className="field" key={field.key} data-field={field.key}>
              <dt title={where}>
                {label}
                <span
                  className={`mark mark--${field.source in SOURCE_MARK ? 'agent' : 'page'}`}
                  title={t(explanation)}
                  data-testid={`mark-${field.key}`}
                >
                  {t(badge)}
                </span>
                {givenEarlier?.has(givenKey(field.key, field.value)) && (
                  <span className="mark mark--earlier" data-testid={`earlier-${field.key}`}>
                    {t('givenEarlier')}
                  </span>
                )}
              </dt>
              <dd>
                <span className="field__value" data-testid={`field-${field.key}`} title={where}>
                  {field.value}
                </span>
                <span className="field__actions">
                  <button
                    type="button"
                    className="copy"
                    onClick={() => onCopy(field)}
                    aria-label={`${t('copy')} ${label}`}
                    title={shortcut ? t('copyHint', { key: shortcut }) : t('copy')}
                    data-testid={`copy-${field.key}`}
                  >
                    {copiedKey === field.key ? t('copied') : t('copy')}
                    {shortcut && <kbd>{shortcut}</kbd>}
                  </button>
                  {onCorrect && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(field.key as FieldKey)}
                      aria-label={`${t('correct')} ${label}`}
                      data-testid={`correct-${field.key}`}
                    >
                      {t('correct')}
                    </button>
                  )}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      {!onCorrect ? null : editing === 'new' ? (
        <FieldEditor onSave={save} onCancel={() => setEditing(null)} />
      ) : (
        <button
          type="button"
          className="link-button add-value"
          onClick={() => setEditing('new')}
          data-testid="add-value"
        >
          + {t('addValue')}
        </button>
      )}
      {notice && (
        <p className="card__notice" role="status">
          {notice}
        </p>
      )}
    </section>
  );
}
