import type { z } from 'zod';
import { LANGUAGES } from './languages';

/** What kind of problem, for the editor to say in the trainer's language (issue 11, point 9). */
export type ProblemCode =
  | 'empty'
  | 'tooLong'
  | 'tooFew'
  | 'tooMany'
  | 'tooBig'
  | 'tooSmall'
  | 'noLanguage'
  | 'idChars'
  | 'badPattern'
  | 'tooDeep'
  | 'duplicate'
  | 'invalid';

/** A problem's kind and, for size problems, the bound that was crossed. */
export interface PackProblem {
  code: ProblemCode;
  limit?: number;
}

/** One problem found in an imported pack, with where it is. */
export interface PackError {
  /** JSON-path-like location, see `formatJsonPath`. */
  path: string;
  /** In English, for import reports and logs. */
  message: string;
  /** The same problem as data, for plain words in any language (`problemWords`). */
  problem?: PackProblem;
}

/** A message of `issueMessages`: its path relative to the issue's schema. */
export interface IssueMessage {
  path: PropertyKey[];
  message: string;
  problem: PackProblem;
}

const sizeProblem = (bound: 'min' | 'max', origin: string, limit: number | bigint): PackProblem => {
  const n = Number(limit);
  // Strings have no minimum but 1 here: too short is empty.
  if (origin === 'string')
    return bound === 'max' ? { code: 'tooLong', limit: n } : { code: 'empty' };
  if (origin === 'array' || origin === 'set')
    return { code: bound === 'max' ? 'tooMany' : 'tooFew', limit: n };
  return { code: bound === 'max' ? 'tooBig' : 'tooSmall', limit: n };
};

/** The problem a custom issue names in its params (`{ problem: 'badPattern' }`), else `invalid`. */
const customProblem = (issue: z.core.$ZodIssue): PackProblem => {
  const named = (issue as { params?: { problem?: PackProblem } }).params?.problem;
  return named ?? { code: 'invalid' };
};

/** Marker message set on localized-text objects so unknown keys read as unknown languages. */
export const UNKNOWN_LANGUAGE = 'unknown language';

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'number') return `the number ${value}`;
  return typeof value;
};

/** "int" reads as "an integer" to a trainer; zod's type names are for developers. */
const TYPE_NAMES: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
};

const typeName = (expected: string) => TYPE_NAMES[expected] ?? expected;

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * Turns one zod issue into human messages with paths relative to the issue's schema. An
 * unrecognized-keys issue becomes one message per key, pointing AT the key, because "unknown
 * language 'de'" at `$.checklists[0].title.de` is what a trainer can fix.
 */
export function issueMessages(issue: z.core.$ZodIssue): IssueMessage[] {
  return englishMessages(issue).map((m) => ({ ...m, problem: problemOf(issue) }));
}

function problemOf(issue: z.core.$ZodIssue): PackProblem {
  switch (issue.code) {
    case 'too_big':
      return sizeProblem('max', issue.origin, issue.maximum);
    case 'too_small':
      return sizeProblem('min', issue.origin, issue.minimum);
    case 'invalid_format':
      return { code: issue.format === 'regex' ? 'idChars' : 'invalid' };
    case 'custom':
      return customProblem(issue);
    default:
      return { code: 'invalid' };
  }
}

function englishMessages(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string }[] {
  const path = [...issue.path];
  const input: unknown = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message:
          issue.message === UNKNOWN_LANGUAGE
            ? `unknown language "${key}" (allowed: ${LANGUAGES.join(', ')})`
            : `unknown property "${key}"`,
      }));
    case 'invalid_type':
      return [
        {
          path,
          message:
            input === undefined
              ? `missing: expected ${typeName(issue.expected)}`
              : `expected ${typeName(issue.expected)}, got ${describe(input)}`,
        },
      ];
    case 'too_big':
      return [{ path, message: sizeMessage('max', issue.origin, issue.maximum, input) }];
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) {
        return [{ path, message: 'must not be empty' }];
      }
      return [{ path, message: sizeMessage('min', issue.origin, issue.minimum, input) }];
    case 'invalid_value':
      return [
        {
          path,
          message:
            input === undefined
              ? `missing: expected one of ${list(issue.values)}`
              : `expected one of ${list(issue.values)}, got ${describe(input)}`,
        },
      ];
    case 'invalid_union':
      // A discriminated union (e.g. a field condition's "op") names what it expected.
      if ('options' in issue && Array.isArray(issue.options)) {
        const discriminator = (issue as { discriminator?: string }).discriminator;
        const value =
          discriminator !== undefined && typeof input === 'object' && input !== null
            ? (input as Record<string, unknown>)[discriminator]
            : input;
        return [
          {
            path,
            message:
              value === undefined
                ? `missing: expected one of ${list(issue.options)}`
                : `expected one of ${list(issue.options)}, got ${describe(value)}`,
          },
        ];
      }
      return [{ path, message: issue.message }];
    case 'invalid_format':
      return [
        {
          path,
          message:
            issue.format === 'datetime'
              ? `expected an ISO 8601 date-time such as "2025-01-31T09:00:00Z", got ${describe(input)}`
              : issue.message,
        },
      ];
    default:
      return [{ path, message: issue.message }];
  }
}

function sizeMessage(
  bound: 'min' | 'max',
  origin: string,
  limit: number | bigint,
  input: unknown,
): string {
  if (origin === 'string' || origin === 'array') {
    const unit =
      origin === 'string'
        ? `character${limit === 1 ? '' : 's'}`
        : `entr${limit === 1 ? 'y' : 'ies'}`;
    const actual = typeof input === 'string' || Array.isArray(input) ? ` (${input.length})` : '';
    return bound === 'max'
      ? `too long${actual}: at most ${limit} ${unit}`
      : `too short${actual}: at least ${limit} ${unit}`;
  }
  return `${bound === 'max' ? 'must be at most' : 'must be at least'} ${limit}, got ${describe(input)}`;
}
