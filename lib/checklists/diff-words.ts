import type { ChecklistChange } from './diff';
import { localize } from './languages';
import { locationWords } from './locations';
import type { Checklist, ChecklistStatus, ItemKind } from './schema';
import { itemKindWords, statusWords, triggerWords, type Words } from './words';

/** One row of the version diff, in words: where, and the value before and after. */
export interface ChangeWords {
  where: string;
  before?: string;
  after?: string;
}

const itemText = (checklist: Checklist, id: string | undefined, words: Words) => {
  const item = checklist.items.find((i) => i.id === id);
  return item && localize(item.text, words.language);
};

/** The items' texts in order, for an "order of the items" change. */
const order = (checklist: Checklist, ids: string | undefined, words: Words) =>
  ids
    ?.split(', ')
    .map((id, i) => `${i + 1}. ${itemText(checklist, id, words) ?? id}`)
    .join('; ');

/**
 * A change of `diffChecklists(older, current)` said in the trainer's language (issue 11, point 9):
 * "Item 2 · Why, in Finnish" instead of `$.items[1].why.fi`, the trigger as a sentence instead
 * of `any(category any of "Billing")`, statuses and item kinds translated, the items' order as
 * their texts. Texts the trainer wrote stay as written.
 *
 * @example changeWords(change, v1, v3, wordsFor('fr')).where // 'Titre, en finnois'
 */
export function changeWords(
  change: ChecklistChange,
  older: Checklist,
  current: Checklist,
  words: Words,
): ChangeWords {
  const { path } = change;
  if (path === '$.triggers') {
    return {
      where: words.t('whereTrigger'),
      before: triggerWords(older.triggers, words),
      after: triggerWords(current.triggers, words),
    };
  }
  if (path === '$.items') {
    return {
      where: words.t('whereItemsOrder'),
      before: order(older, change.before, words),
      after: order(current, change.after, words),
    };
  }
  const where = locationWords(path, words);
  if (path === '$.status') {
    const say = (s?: string) => s && statusWords(s as ChecklistStatus, words);
    return { where, before: say(change.before), after: say(change.after) };
  }
  if (path.endsWith('.kind')) {
    const say = (k?: string) => k && itemKindWords(k as ItemKind, words);
    return { where, before: say(change.before), after: say(change.after) };
  }
  if (/^\$\.items\[\d+\]$/.test(path)) {
    return {
      where,
      before: change.before && (itemText(older, change.itemId, words) ?? change.before),
      after: change.after && (itemText(current, change.itemId, words) ?? change.after),
    };
  }
  return { where, before: change.before, after: change.after };
}
