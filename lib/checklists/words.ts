import { FIELD_KEYS } from '@/lib/capture/types';
import { createTranslator, isMessageKey, type Translate } from '@/lib/i18n';
import {
  createChecklistsTranslator,
  type ChecklistsMessageKey,
  type ChecklistsTranslate,
} from '@/lib/i18n/checklists-translate';
import type { SignalType } from '@/lib/signals/taxonomy';
import type { Language } from './languages';
import type { ChecklistStatus, ItemKind } from './schema';
import type { LeafCondition, TriggerCondition } from './trigger-schema';

/**
 * Plain words for the trainer editor (issue 11, point 9): conditions, triggers, statuses and item
 * kinds said in the trainer's language, never as JSON or regular-expression syntax.
 */
export interface Words {
  /** The editor's catalog. */
  t: ChecklistsTranslate;
  /** The app catalog, for the names of captured fields and effort signals the panel uses too. */
  app: Translate;
  language: Language;
}

/** The editor's and the app's translators for one language. */
export function wordsFor(language: Language): Words {
  return { t: createChecklistsTranslator(language), app: createTranslator(language), language };
}

/** A node's kind: a combinator or a leaf type. */
export type NodeKind = 'all' | 'any' | 'not' | LeafCondition['type'];

/** The label of every node kind, as the trigger builder's menu shows it. */
export const KIND_LABEL: Record<NodeKind, ChecklistsMessageKey> = {
  all: 'condAll',
  any: 'condAny',
  not: 'condNot',
  field: 'condField',
  category: 'condCategory',
  pageText: 'condPageText',
  url: 'condUrl',
  repeatContact: 'condRepeatContact',
  signal: 'condSignal',
  always: 'condAlways',
};

/** The kind of a trigger node. */
export const kindOf = (node: TriggerCondition): NodeKind =>
  'all' in node ? 'all' : 'any' in node ? 'any' : 'not' in node ? 'not' : node.type;

/** A captured field's name ("Account number"); a key the trainer invented stays as typed. */
export function fieldWords(key: string, { app }: Words): string {
  return (FIELD_KEYS as readonly string[]).includes(key) && isMessageKey(key) ? app(key) : key;
}

/** An effort signal's name ("Transfer"), as on the panel's signal bar. */
export function signalWords(signal: SignalType, { app }: Words): string {
  const key = `signal_${signal}`;
  return isMessageKey(key) ? app(key) : signal;
}

/** "Draft" / "Published". */
export const statusWords = (status: ChecklistStatus, { t }: Words) =>
  t(status === 'draft' ? 'statusDraft' : 'statusPublished');

const KIND_KEYS: Record<ItemKind, ChecklistsMessageKey> = {
  ask: 'kindAsk',
  offer: 'kindOffer',
  do: 'kindDo',
  say: 'kindSay',
};
/** "Ask" / "Offer" / "Do" / "Say". */
export const itemKindWords = (kind: ItemKind, { t }: Words) => t(KIND_KEYS[kind]);

/**
 * One leaf condition in words.
 *
 * @example conditionWords({ type: 'pageText', op: 'contains', value: 'Moving' }, wordsFor('en'))
 * // 'Page text contains “Moving”'
 */
export function conditionWords(node: LeafCondition, words: Words): string {
  const { t, language } = words;
  const quote = (text: string) => t('quoted', { text });
  switch (node.type) {
    case 'field': {
      const field = fieldWords(node.key, words);
      if (node.op === 'present') return t('wordsFieldPresent', { field });
      const value = quote(node.value ?? '');
      return t(node.op === 'equals' ? 'wordsFieldEquals' : 'wordsFieldMatches', { field, value });
    }
    case 'category': {
      const terms = node.anyOf.map((term) => term.trim()).filter(Boolean);
      const list = new Intl.ListFormat(language, { type: 'disjunction' });
      return t('wordsCategory', { terms: list.format(terms.map(quote)) });
    }
    case 'pageText':
    case 'url':
      return t(node.op === 'contains' ? 'wordsTextContains' : 'wordsTextMatches', {
        what: t(KIND_LABEL[node.type]),
        value: quote(node.value),
      });
    case 'signal':
      return t('wordsSignal', { signal: signalWords(node.signal, words) });
    case 'repeatContact':
    case 'always':
      return t(KIND_LABEL[node.type]);
  }
}

/**
 * A whole trigger tree in words, groups in parentheses.
 *
 * @example triggerWords({ any: [{ type: 'category', anyOf: ['Billing'] }, { type: 'repeatContact' }] }, wordsFor('en'))
 * // 'Any of (Category is “Billing”; Repeat contact)'
 */
export function triggerWords(node: TriggerCondition, words: Words): string {
  if (!('all' in node || 'any' in node || 'not' in node)) return conditionWords(node, words);
  const children = 'all' in node ? node.all : 'any' in node ? node.any : [node.not];
  return words.t('wordsGroup', {
    kind: words.t(KIND_LABEL[kindOf(node)]),
    children: children.map((child) => triggerWords(child, words)).join('; '),
  });
}
