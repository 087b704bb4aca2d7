import type { ChecklistsMessageKey } from '@/lib/i18n/checklists-translate';
import type { PackError } from './issues';
import { LANGUAGES, type Language } from './languages';
import type { TriggerCondition } from './trigger-schema';
import { KIND_LABEL, kindOf, type Words } from './words';

/**
 * The segments of a path written by `formatJsonPath`: `$.items[1].why.fi` → `['items', 1, 'why', 'fi']`.
 *
 * @example parseJsonPath('$.triggers.any[0].value') // ['triggers', 'any', 0, 'value']
 */
export function parseJsonPath(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]!) as string);
  }
  return out;
}

const TEXT_LABEL: Record<string, ChecklistsMessageKey> = {
  title: 'title',
  description: 'description',
  text: 'itemText',
  why: 'itemWhy',
  wording: 'itemWording',
  kind: 'kind',
  id: 'id',
  status: 'status',
  priority: 'priority',
  items: 'items',
};

const isLanguage = (segment: unknown): segment is Language =>
  (LANGUAGES as readonly unknown[]).includes(segment);

/** "Title, in French", "Text": a field's label and the language of the text, if any. */
function labelled(segments: readonly (string | number)[], { t }: Words): string {
  const [field, language] = segments;
  const key = TEXT_LABEL[String(field)];
  const label = key ? t(key) : String(field ?? '');
  return isLanguage(language) ? `${label}, ${t(`inLanguage_${language}`)}` : label;
}

/** Where a trigger path points: "Trigger, condition 2 › 1 (Category)". */
function triggerLocation(
  segments: readonly (string | number)[],
  root: TriggerCondition | undefined,
  { t }: Words,
): string {
  const steps: string[] = [];
  let node: TriggerCondition | undefined = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const index = segments[i + 1];
    if ((segment === 'all' || segment === 'any') && typeof index === 'number') {
      steps.push(String(index + 1));
      node =
        node && segment in node
          ? (node as Record<string, TriggerCondition[]>)[segment]?.[index]
          : undefined;
      i++;
    } else if (segment === 'not') {
      steps.push(t('condNot'));
      node = node && 'not' in node ? node.not : undefined;
    } else break;
  }
  const where =
    steps.length === 0 ? t('whereTrigger') : t('whereCondition', { path: steps.join(' › ') });
  return node && 'type' in node ? `${where} (${t(KIND_LABEL[kindOf(node)])})` : where;
}

/**
 * Where a path of an error or a change points, in the trainer's words: `$.items[1].why.fi` →
 * "Item 2 · Why, in Finnish"; `$.triggers.any[0].anyOf` → "Trigger, condition 1 (Category)".
 * `triggers` (the checklist's tree) names the condition's kind when given.
 *
 * @example locationWords('$.title.fr', wordsFor('en')) // 'Title, in French'
 */
export function locationWords(path: string, words: Words, triggers?: TriggerCondition): string {
  const segments = parseJsonPath(path);
  const [head, index] = segments;
  if (head === undefined) return words.t('whereChecklist');
  if (head === 'triggers') return triggerLocation(segments.slice(1), triggers, words);
  if (head === 'items' && typeof index === 'number') {
    const item = words.t('item', { n: index + 1 });
    const rest = segments.slice(2);
    return rest.length === 0 || rest[0] === 'id' ? item : `${item} · ${labelled(rest, words)}`;
  }
  return labelled(segments, words);
}

/** The last named segment of a path (`anyOf`, `items`, `any`…), to word size problems. */
const lastName = (path: string) =>
  parseJsonPath(path)
    .filter((s): s is string => typeof s === 'string')
    .at(-1);

/**
 * What is wrong, in the trainer's words (no JSON, no regular-expression syntax). Falls back to
 * "not valid" for a problem the editor cannot produce (it only comes from an imported file).
 *
 * @example problemWords({ path: '$.triggers.anyOf', message: '…', problem: { code: 'tooFew', limit: 1 } }, words)
 * // 'write at least one word'
 */
export function problemWords(error: PackError, { t }: Words): string {
  const { code, limit = 0 } = error.problem ?? { code: 'invalid' };
  const last = lastName(error.path);
  const conditions = last === 'all' || last === 'any';
  switch (code) {
    case 'empty':
      return t(last === 'id' && !error.path.includes('items') ? 'problemIdEmpty' : 'problemEmpty');
    case 'tooFew':
      if (last === 'anyOf') return t('problemNoWords');
      return conditions ? t('problemNoConditions') : t('problemTooSmall', { limit });
    case 'tooMany':
      if (last === 'anyOf') return t('problemTooManyWords', { limit });
      if (last === 'items') return t('problemTooManyItems', { limit });
      return conditions ? t('problemTooManyConditions', { limit }) : t('problemTooBig', { limit });
    case 'tooLong':
      return t('problemTooLong', { limit });
    case 'tooBig':
      return t('problemTooBig', { limit });
    case 'tooSmall':
      return t('problemTooSmall', { limit });
    case 'noLanguage':
      return t('problemNoLanguage');
    case 'idChars':
      return t('problemIdChars');
    case 'badPattern':
      return t('problemBadPattern');
    case 'tooDeep':
      return t('problemTooDeep', { limit });
    case 'duplicate':
      return t('problemDuplicate');
    default:
      return t('problemInvalid');
  }
}
