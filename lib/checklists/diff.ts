import { formatJsonPath } from './json-path';
import { LANGUAGES, type Language, type LocalizedText } from './languages';
import type { Checklist, ChecklistItem } from './schema';
import type { TriggerCondition } from './trigger-schema';

/** One difference between two versions of a checklist. */
export interface ChecklistChange {
  /**
   * Where, JSON-path-like: `$.title.fr`, `$.items[1].why.en`, `$.triggers`, `$.items` (order).
   * Item indexes are those of the NEWER version, or of the older one for a removed item.
   */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  /** For per-language texts. */
  language?: Language;
  /** For item changes: the item's id (stable across versions, unlike its index). */
  itemId?: string;
  before?: string;
  after?: string;
}

const quote = (value: string) => JSON.stringify(value);

/**
 * A one-line reading of a trigger tree, for diffs and the list.
 *
 * @example describeTrigger({ any: [{ type: 'category', anyOf: ['Billing'] }, { type: 'repeatContact' }] })
 * // 'any(category any of "Billing"; repeat contact)'
 */
export function describeTrigger(node: TriggerCondition): string {
  if ('all' in node) return `all(${node.all.map(describeTrigger).join('; ')})`;
  if ('any' in node) return `any(${node.any.map(describeTrigger).join('; ')})`;
  if ('not' in node) return `not(${describeTrigger(node.not)})`;
  switch (node.type) {
    case 'field':
      if (node.op === 'present') return `field ${node.key} present`;
      return node.op === 'equals'
        ? `field ${node.key} = ${quote(node.value ?? '')}`
        : `field ${node.key} matches /${node.value ?? ''}/`;
    case 'category':
      return `category any of ${node.anyOf.map(quote).join(', ')}`;
    case 'pageText':
    case 'url':
      return node.op === 'contains'
        ? `${node.type} contains ${quote(node.value)}`
        : `${node.type} matches /${node.value}/`;
    case 'repeatContact':
      return 'repeat contact';
    case 'signal':
      return `signal ${node.signal}`;
    case 'always':
      return 'always';
  }
}

function textChanges(
  path: PropertyKey[],
  before: LocalizedText | undefined,
  after: LocalizedText | undefined,
  itemId?: string,
): ChecklistChange[] {
  return LANGUAGES.flatMap((language): ChecklistChange[] => {
    const a = before?.[language];
    const b = after?.[language];
    if (a === b) return [];
    const kind = a === undefined ? 'added' : b === undefined ? 'removed' : 'changed';
    return [
      { path: formatJsonPath([...path, language]), kind, language, itemId, before: a, after: b },
    ];
  });
}

function itemChanges(before: ChecklistItem, after: ChecklistItem, index: number) {
  const at = (field: string) => ['items', index, field];
  const changes: ChecklistChange[] = [];
  if (before.kind !== after.kind) {
    changes.push({
      path: formatJsonPath(at('kind')),
      kind: 'changed',
      itemId: after.id,
      before: before.kind,
      after: after.kind,
    });
  }
  changes.push(
    ...textChanges(at('text'), before.text, after.text, after.id),
    ...textChanges(at('why'), before.why, after.why, after.id),
    ...textChanges(at('wording'), before.wording, after.wording, after.id),
  );
  return changes;
}

const scalar = (path: string, before: unknown, after: unknown): ChecklistChange[] =>
  before === after
    ? []
    : [
        {
          path,
          kind: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed',
          before: before === undefined ? undefined : String(before),
          after: after === undefined ? undefined : String(after),
        },
      ];

/**
 * What changed from `before` to `after` (e.g. an old version to the current one): title and
 * description per language, status, priority, triggers, and items matched by id (added,
 * removed, reordered, and per field and language). Version and date are not differences.
 *
 * @example diffChecklists(v1, v3).filter((c) => c.language === 'fi')
 */
export function diffChecklists(before: Checklist, after: Checklist): ChecklistChange[] {
  const changes: ChecklistChange[] = [
    ...textChanges(['title'], before.title, after.title),
    ...textChanges(['description'], before.description, after.description),
    ...scalar('$.status', before.status, after.status),
    ...scalar('$.priority', before.priority, after.priority),
  ];
  const triggersBefore = describeTrigger(before.triggers);
  const triggersAfter = describeTrigger(after.triggers);
  if (JSON.stringify(before.triggers) !== JSON.stringify(after.triggers)) {
    changes.push({
      path: '$.triggers',
      kind: 'changed',
      before: triggersBefore,
      after: triggersAfter,
    });
  }
  const oldItems = new Map(before.items.map((item, index) => [item.id, { item, index }]));
  const newIds = new Set(after.items.map((item) => item.id));
  after.items.forEach((item, index) => {
    const old = oldItems.get(item.id);
    if (!old) {
      changes.push({
        path: formatJsonPath(['items', index]),
        kind: 'added',
        itemId: item.id,
        after: item.text.en ?? item.text.fr ?? item.text.fi,
      });
    } else changes.push(...itemChanges(old.item, item, index));
  });
  before.items.forEach((item, index) => {
    if (newIds.has(item.id)) return;
    changes.push({
      path: formatJsonPath(['items', index]),
      kind: 'removed',
      itemId: item.id,
      before: item.text.en ?? item.text.fr ?? item.text.fi,
    });
  });
  // Order: compare the ids both versions share, so an added item alone is not a "reorder".
  const sharedBefore = before.items.map((i) => i.id).filter((id) => newIds.has(id));
  const sharedAfter = after.items.map((i) => i.id).filter((id) => oldItems.has(id));
  if (sharedBefore.join('\n') !== sharedAfter.join('\n')) {
    changes.push({
      path: '$.items',
      kind: 'changed',
      before: sharedBefore.join(', '),
      after: sharedAfter.join(', '),
    });
  }
  return changes;
}
