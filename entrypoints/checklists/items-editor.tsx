import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { ITEM_KINDS, type ItemKind } from '@/lib/checklists';
import { moveItem, newItem, type DraftItem } from '@/lib/checklists/draft';
import { LanguageHeader, LocalizedRow } from './localized-row';
import { useT } from './use-t';

interface Props {
  items: DraftItem[];
  missing: ReadonlySet<string>;
  onChange: (items: DraftItem[]) => void;
}

/**
 * The items, reorderable three ways: Alt+ArrowUp/Down anywhere in an item, the move buttons, and
 * HTML5 drag and drop by the handle. Every move is announced to screen readers.
 */
export function ItemsEditor({ items, missing, onChange }: Props) {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const kindLabel: Record<ItemKind, string> = {
    ask: t('kindAsk'),
    offer: t('kindOffer'),
    do: t('kindDo'),
    say: t('kindSay'),
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length || from === to) return;
    // React may re-insert the focused element while reordering, which blurs it: keep focus.
    const focused = document.activeElement as HTMLElement | null;
    flushSync(() => onChange(moveItem(items, from, to)));
    focused?.focus();
    setAnnouncement(t('itemMoved', { position: to + 1, count: items.length }));
  };
  const update = (index: number, patch: Partial<DraftItem>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const onKeyDown = (index: number) => (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
  };
  const endDrag = () => {
    setDragFrom(null);
    setDropAt(null);
  };
  const onDrop = (index: number) => (event: DragEvent) => {
    event.preventDefault();
    if (dragFrom !== null) move(dragFrom, index);
    endDrag();
  };

  return (
    <section className="ce-items" aria-labelledby="ce-items-title">
      <div className="ce-section-head">
        <h3 id="ce-items-title">{t('items')}</h3>
        <p className="ce-hint">{t('reorderHint')}</p>
      </div>
      <ol className="ce-items__list" data-testid="items">
        {items.map((item, index) => (
          <li
            key={item.id}
            className={`ce-item${dragFrom === index ? ' is-dragging' : ''}${
              dropAt === index && dragFrom !== index ? ' is-drop-target' : ''
            }`}
            data-testid={`item-${index}`}
            data-item-id={item.id}
            tabIndex={0}
            aria-label={t('itemKeyboard', { n: index + 1, count: items.length })}
            onKeyDown={onKeyDown(index)}
            onDragOver={(e) => {
              if (dragFrom === null) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              if (dropAt !== index) setDropAt(index);
            }}
            onDrop={onDrop(index)}
          >
            <div className="ce-item__head">
              <button
                type="button"
                className="ce-item__handle"
                draggable
                aria-label={t('dragHandle', { n: index + 1 })}
                data-testid={`drag-${index}`}
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', item.id);
                  const card = e.currentTarget.closest('li');
                  if (card) e.dataTransfer.setDragImage(card, 16, 16);
                  setDragFrom(index);
                }}
                onDragEnd={endDrag}
              >
                ⠿
              </button>
              <span className="ce-item__number">{t('item', { n: index + 1 })}</span>
              <label className="ce-item__kind">
                <span className="visually-hidden">{t('kind')}</span>
                <select
                  value={item.kind}
                  data-testid={`item-kind-${index}`}
                  onChange={(e) => update(index, { kind: e.target.value as ItemKind })}
                >
                  {ITEM_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {kindLabel[kind]}
                    </option>
                  ))}
                </select>
              </label>
              <span className="ce-item__tools">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('moveUp', { n: index + 1 })}
                  data-testid={`move-up-${index}`}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={t('moveDown', { n: index + 1 })}
                  data-testid={`move-down-${index}`}
                  disabled={index === items.length - 1}
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button icon-button--danger"
                  aria-label={t('removeItem', { n: index + 1 })}
                  data-testid={`remove-item-${index}`}
                  disabled={items.length === 1}
                  onClick={() => onChange(items.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </span>
            </div>
            <div className="ce-texts ce-texts--item">
              {index === 0 && <LanguageHeader />}
              <LocalizedRow
                label={t('itemText')}
                text={item.text}
                path={`$.items[${index}].text`}
                missing={missing}
                testId={`item-${index}-text`}
                multiline
                onChange={(text) => update(index, { text })}
              />
              <LocalizedRow
                label={t('itemWhy')}
                text={item.why}
                path={`$.items[${index}].why`}
                missing={missing}
                testId={`item-${index}-why`}
                multiline
                onChange={(why) => update(index, { why })}
              />
              <LocalizedRow
                label={t('itemWording')}
                text={item.wording}
                path={`$.items[${index}].wording`}
                missing={missing}
                testId={`item-${index}-wording`}
                multiline
                onChange={(wording) => update(index, { wording })}
              />
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        data-testid="add-item"
        onClick={() => onChange([...items, newItem(items)])}
      >
        + {t('addItem')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
