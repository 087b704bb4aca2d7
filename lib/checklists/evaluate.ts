import { foldText, PAGE_TEXT_LIMIT, type MatchContext } from './context';
import type { LeafCondition, TriggerCondition } from './trigger-schema';

const regexCache = new Map<string, RegExp | null>();

/** Compiles a trainer's regex once (case-insensitive); an invalid one never matches. */
function regex(source: string): RegExp | null {
  let compiled = regexCache.get(source);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(source, 'i');
    } catch {
      compiled = null;
    }
    if (regexCache.size > 500) regexCache.clear(); // bounded: patterns change as trainers edit
    regexCache.set(source, compiled);
  }
  return compiled;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A category term matches when the folded category equals it or contains it as whole words:
 * "Billing" matches "Billing / refunds" but not "Rebilling".
 */
function categoryMatches(category: string, term: string): boolean {
  const folded = foldText(term);
  if (folded === '') return false;
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegex(folded)}($|[^\\p{L}\\p{N}])`, 'u').test(
    foldText(category),
  );
}

function textMatches(text: string | undefined, op: 'contains' | 'matches', value: string): boolean {
  if (text === undefined) return false;
  if (op === 'contains') return foldText(text).includes(foldText(value));
  return regex(value)?.test(text) ?? false;
}

/**
 * A condition the trainer has not filled in yet: a value or category words left blank. It never
 * matches (an empty "contains" would otherwise match every page, issue 11 point 9); a saved
 * checklist cannot hold one, the schema refuses empty values.
 *
 * @example isIncomplete({ type: 'pageText', op: 'contains', value: ' ' }) // true
 */
export function isIncomplete(condition: LeafCondition): boolean {
  switch (condition.type) {
    case 'field':
      return condition.op !== 'present' && foldText(condition.value ?? '') === '';
    case 'category':
      return condition.anyOf.every((term) => foldText(term) === '');
    case 'pageText':
    case 'url':
      return foldText(condition.value) === '';
    default:
      return false;
  }
}

/**
 * Whether one leaf condition holds. An incomplete condition (`isIncomplete`) never does. Field keys compare case-insensitively; `equals` compares
 * folded values; `contains` is case- and accent-insensitive; regexes run with the `i` flag.
 */
export function leafMatches(condition: LeafCondition, context: MatchContext): boolean {
  if (isIncomplete(condition)) return false;
  switch (condition.type) {
    case 'field': {
      const key = condition.key.toLowerCase();
      const values = context.fields
        .filter((field) => field.key.toLowerCase() === key && field.value.trim() !== '')
        .map((field) => field.value);
      if (condition.op === 'present') return values.length > 0;
      const expected = condition.value ?? '';
      if (condition.op === 'equals') return values.some((v) => foldText(v) === foldText(expected));
      return values.some((v) => regex(expected)?.test(v) ?? false);
    }
    case 'category': {
      const { category } = context;
      return category !== undefined && condition.anyOf.some((t) => categoryMatches(category, t));
    }
    case 'pageText':
      return textMatches(
        context.pageText?.slice(0, PAGE_TEXT_LIMIT),
        condition.op,
        condition.value,
      );
    case 'url':
      return textMatches(context.url, condition.op, condition.value);
    case 'repeatContact':
      return context.repeatContact;
    case 'signal':
      return context.signals.includes(condition.signal);
    case 'always':
      return true;
  }
}

/** One leaf of a trigger tree and how it evaluated, for the trainer's live tester. */
export interface ConditionResult {
  /** JSON-path-like location inside the checklist, e.g. `$.triggers.any[1]`. */
  path: string;
  condition: LeafCondition;
  matched: boolean;
  /** The leaf sits under an odd number of `not`: it must NOT match for the trigger to hold. */
  negated: boolean;
}

/** The result of evaluating a trigger tree. */
export interface Evaluation {
  matched: boolean;
  /**
   * Positive leaf conditions that matched: each matched leaf counts 1, except `always` (0) and
   * leaves under `not` (0); `all` counts only if it holds; `any` sums its matched children.
   */
  specificity: number;
  /** Every leaf, in document order, evaluated without short-circuit. */
  conditions: ConditionResult[];
}

/** Evaluates a trigger tree against the context, collecting every leaf's result. */
export function evaluateTrigger(
  node: TriggerCondition,
  context: MatchContext,
  path = '$.triggers',
  negated = false,
): Evaluation {
  if ('all' in node || 'any' in node) {
    const kind = 'all' in node ? 'all' : 'any';
    const children = 'all' in node ? node.all : node.any;
    const results = children.map((child, i) =>
      evaluateTrigger(child, context, `${path}.${kind}[${i}]`, negated),
    );
    const matched =
      kind === 'all' ? results.every((r) => r.matched) : results.some((r) => r.matched);
    const specificity = results.filter((r) => r.matched).reduce((sum, r) => sum + r.specificity, 0);
    return {
      matched,
      specificity: matched ? specificity : 0,
      conditions: results.flatMap((r) => r.conditions),
    };
  }
  if ('not' in node) {
    const inner = evaluateTrigger(node.not, context, `${path}.not`, !negated);
    return { matched: !inner.matched, specificity: 0, conditions: inner.conditions };
  }
  const matched = leafMatches(node, context);
  return {
    matched,
    specificity: matched && node.type !== 'always' ? 1 : 0,
    conditions: [{ path, condition: node, matched, negated }],
  };
}
