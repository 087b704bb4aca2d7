import { foldText } from './context';
import { LANGUAGES, type LocalizedText } from './languages';
import type { Checklist, ChecklistStatus, ItemKind } from './schema';
import type { TriggerCondition } from './trigger-schema';

/** An item as the trainer edits it: every text present (possibly empty), nothing validated yet. */
export interface DraftItem {
  id: string;
  kind: ItemKind;
  text: LocalizedText;
  why: LocalizedText;
  wording: LocalizedText;
}

/** A checklist being edited. `baseVersion` is the version it started from (0 when new). */
export interface Draft {
  isNew: boolean;
  baseVersion: number;
  id: string;
  status: ChecklistStatus;
  priority?: number;
  title: LocalizedText;
  description: LocalizedText;
  triggers: TriggerCondition;
  items: DraftItem[];
}

/** The editable copy of a stored checklist. */
export function draftOf(checklist: Checklist): Draft {
  return {
    isNew: false,
    baseVersion: checklist.version,
    id: checklist.id,
    status: checklist.status,
    priority: checklist.priority,
    title: { ...checklist.title },
    description: { ...checklist.description },
    triggers: checklist.triggers,
    items: checklist.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      text: { ...item.text },
      why: { ...item.why },
      wording: { ...item.wording },
    })),
  };
}

/** A blank checklist: a category trigger to fill in and one empty item. */
export function newDraft(): Draft {
  return {
    isNew: true,
    baseVersion: 0,
    id: '',
    status: 'draft',
    title: {},
    description: {},
    triggers: { any: [{ type: 'category', anyOf: [] }] },
    items: [newItem([])],
  };
}

/** An empty item with an id unused in `items` (`item-1`, `item-2`…). */
export function newItem(items: readonly DraftItem[]): DraftItem {
  const used = new Set(items.map((i) => i.id));
  let n = items.length + 1;
  while (used.has(`item-${n}`)) n++;
  return { id: `item-${n}`, kind: 'ask', text: {}, why: {}, wording: {} };
}

/** Empty and blank texts are dropped; an optional text with none left disappears. */
function cleanText(text: LocalizedText): LocalizedText {
  return Object.fromEntries(
    LANGUAGES.flatMap((lang) => {
      const value = text[lang]?.trim();
      return value ? [[lang, value]] : [];
    }),
  );
}

const optionalText = (text: LocalizedText) => {
  const clean = cleanText(text);
  return Object.keys(clean).length > 0 ? clean : undefined;
};

/** Category words are edited as one comma-separated string; blanks are dropped on save. */
function cleanTrigger(node: TriggerCondition): TriggerCondition {
  if ('all' in node) return { all: node.all.map(cleanTrigger) };
  if ('any' in node) return { any: node.any.map(cleanTrigger) };
  if ('not' in node) return { not: cleanTrigger(node.not) };
  if (node.type === 'category') {
    return { ...node, anyOf: node.anyOf.map((t) => t.trim()).filter((t) => t !== '') };
  }
  return node;
}

/** A lower-case id from a title: "Changement d’adresse" → "changement-d-adresse". */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56);
}

/**
 * The draft in the checklist format (not yet validated): what is saved, tested and checked for
 * missing translations. A new checklist without an id takes one from its title.
 */
export function checklistOf(draft: Draft): Omit<Checklist, 'version' | 'updatedAt'> {
  const title = cleanText(draft.title);
  const id = draft.id.trim() || slugify(title.en ?? title.fr ?? title.fi ?? '');
  return {
    id,
    status: draft.status,
    ...(draft.priority !== undefined && { priority: draft.priority }),
    title,
    ...(optionalText(draft.description) && { description: optionalText(draft.description) }),
    triggers: cleanTrigger(draft.triggers),
    items: draft.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      text: cleanText(item.text),
      ...(optionalText(item.why) && { why: optionalText(item.why) }),
      ...(optionalText(item.wording) && { wording: optionalText(item.wording) }),
    })),
  };
}

/** Moves an element of a list; out-of-range targets are clamped. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target || from < 0 || from >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved as T);
  return next;
}
