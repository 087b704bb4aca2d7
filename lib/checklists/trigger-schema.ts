import { z } from 'zod';
import { SIGNAL_TYPES, type SignalType } from '@/lib/signals/taxonomy';
import { issueMessages, type PackProblem } from './issues';
import { CHECKLIST_LIMITS } from './limits';

/** `field`: a captured field is present, equals a value, or matches a regex. */
export interface FieldCondition {
  type: 'field';
  key: string;
  op: 'present' | 'equals' | 'matches';
  value?: string;
}
/** `category`: the interaction's category (or contact reason) is one of these words. */
export interface CategoryCondition {
  type: 'category';
  anyOf: string[];
}
/** `pageText` / `url`: the CRM page's text or URL contains a value or matches a regex. */
export interface TextCondition {
  type: 'pageText' | 'url';
  op: 'contains' | 'matches';
  value: string;
}
/** `repeatContact`: this is a repeat contact within the window. */
export interface RepeatContactCondition {
  type: 'repeatContact';
}
/** `signal`: the effort signal was logged in this interaction. */
export interface SignalCondition {
  type: 'signal';
  signal: SignalType;
}
/** `always`: matches every interaction; ranks lowest (e.g. the close). */
export interface AlwaysCondition {
  type: 'always';
}
/** A leaf of a trigger tree. */
export type LeafCondition =
  | FieldCondition
  | CategoryCondition
  | TextCondition
  | RepeatContactCondition
  | SignalCondition
  | AlwaysCondition;
/** A trigger: a leaf, or all / any / not over nested conditions (depth ≤ 6). */
export type TriggerCondition =
  | LeafCondition
  | { all: TriggerCondition[] }
  | { any: TriggerCondition[] }
  | { not: TriggerCondition };

/** Leaf condition type names, as written in JSON. */
export const CONDITION_TYPES = [
  'field',
  'category',
  'pageText',
  'url',
  'repeatContact',
  'signal',
  'always',
] as const;

const COMBINATORS = ['all', 'any', 'not'] as const;

const plainValue = z.string().min(1).max(CHECKLIST_LIMITS.valueLength);

/** Regexes are compiled case-insensitively, exactly as the matcher runs them. */
const regexValue = z
  .string()
  .min(1)
  .max(CHECKLIST_LIMITS.regexLength)
  .superRefine((source, ctx) => {
    try {
      new RegExp(source, 'i');
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        message: `invalid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`,
        params: { problem: { code: 'badPattern' } satisfies PackProblem },
      });
    }
  });

const textCondition = <T extends 'pageText' | 'url'>(type: T) =>
  z.discriminatedUnion('op', [
    z.strictObject({ type: z.literal(type), op: z.literal('contains'), value: plainValue }),
    z.strictObject({ type: z.literal(type), op: z.literal('matches'), value: regexValue }),
  ]);

/** Schema of every leaf condition, by `type` (and by `op` where the value's meaning depends on it). */
export const LEAF_SCHEMAS = {
  field: z.discriminatedUnion('op', [
    z.strictObject({
      type: z.literal('field'),
      key: z.string().min(1).max(64),
      op: z.literal('present'),
    }),
    z.strictObject({
      type: z.literal('field'),
      key: z.string().min(1).max(64),
      op: z.literal('equals'),
      value: plainValue,
    }),
    z.strictObject({
      type: z.literal('field'),
      key: z.string().min(1).max(64),
      op: z.literal('matches'),
      value: regexValue,
    }),
  ]),
  category: z.strictObject({
    type: z.literal('category'),
    anyOf: z.array(z.string().trim().min(1).max(120)).min(1).max(CHECKLIST_LIMITS.categoryTerms),
  }),
  pageText: textCondition('pageText'),
  url: textCondition('url'),
  repeatContact: z.strictObject({ type: z.literal('repeatContact') }),
  signal: z.strictObject({ type: z.literal('signal'), signal: z.enum(SIGNAL_TYPES) }),
  always: z.strictObject({ type: z.literal('always') }),
} as const satisfies Record<(typeof CONDITION_TYPES)[number], z.ZodType>;

type Report = (path: PropertyKey[], message: string, problem?: PackProblem) => void;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates one node of a trigger tree, reporting every problem (not only the first) with its
 * path. Hand-routed rather than a zod union: a union's error for `{ type: "colour" }` would be a
 * wall of "invalid input" from every branch, where a trainer needs "unknown trigger type".
 */
function checkNode(node: unknown, path: PropertyKey[], depth: number, report: Report): void {
  if (!isRecord(node)) {
    report(
      path,
      `${node === undefined ? 'missing: ' : ''}expected a condition object such as {"type": "always"} or {"all": [...]}`,
    );
    return;
  }
  if (depth > CHECKLIST_LIMITS.triggerDepth) {
    report(
      path,
      `conditions are nested too deep: at most ${CHECKLIST_LIMITS.triggerDepth} levels`,
      {
        code: 'tooDeep',
        limit: CHECKLIST_LIMITS.triggerDepth,
      },
    );
    return;
  }
  const kinds = ['type', ...COMBINATORS].filter((k) => k in node);
  if (kinds.length !== 1) {
    report(path, 'a condition needs exactly one of "type", "all", "any" or "not"');
    return;
  }
  const kind = kinds[0];
  if (kind === 'type') {
    const type = node.type;
    if (typeof type !== 'string' || !(type in LEAF_SCHEMAS)) {
      report(
        [...path, 'type'],
        `unknown trigger type ${JSON.stringify(type)} (expected one of ${CONDITION_TYPES.join(', ')})`,
      );
      return;
    }
    const result = LEAF_SCHEMAS[type as keyof typeof LEAF_SCHEMAS].safeParse(node, {
      reportInput: true,
    });
    for (const issue of result.error?.issues ?? []) {
      for (const m of issueMessages(issue)) report([...path, ...m.path], m.message, m.problem);
    }
    return;
  }
  for (const key of Object.keys(node)) {
    if (key !== kind) report([...path, key], `unknown property "${key}"`);
  }
  const child = node[kind as string];
  if (kind === 'not') {
    checkNode(child, [...path, 'not'], depth + 1, report);
    return;
  }
  if (
    !Array.isArray(child) ||
    child.length === 0 ||
    child.length > CHECKLIST_LIMITS.triggerChildren
  ) {
    report(
      [...path, kind as string],
      `expected a list of 1 to ${CHECKLIST_LIMITS.triggerChildren} conditions`,
      Array.isArray(child) && child.length > 0
        ? { code: 'tooMany', limit: CHECKLIST_LIMITS.triggerChildren }
        : { code: 'tooFew', limit: 1 },
    );
    return;
  }
  child.forEach((c, i) => checkNode(c, [...path, kind as string, i], depth + 1, report));
}

/** Zod schema of a trigger tree; issues carry readable messages and exact paths. */
export const triggerSchema = z
  .unknown()
  .superRefine((value, ctx) => {
    checkNode(value, [], 1, (path, message, problem) =>
      ctx.addIssue({ code: 'custom', message, path, ...(problem && { params: { problem } }) }),
    );
  })
  .transform((value) => value as TriggerCondition);
