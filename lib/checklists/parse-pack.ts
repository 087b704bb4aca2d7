import { issueMessages, type PackError } from './issues';
import { formatJsonPath } from './json-path';
import { CHECKLIST_LIMITS } from './limits';
import {
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  checklistPackSchema,
  type ChecklistPack,
} from './schema';

/** The outcome of parsing a pack: the pack, or every error found. */
export type ParsePackResult =
  { ok: true; pack: ChecklistPack } | { ok: false; errors: PackError[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reports every id seen more than once, at each repeat, naming where it first appeared. */
function duplicateErrors(
  entries: readonly unknown[],
  basePath: PropertyKey[],
  what: string,
): PackError[] {
  const firstIndex = new Map<string, number>();
  const errors: PackError[] = [];
  entries.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.id !== 'string') return;
    const first = firstIndex.get(entry.id);
    if (first === undefined) {
      firstIndex.set(entry.id, index);
      return;
    }
    errors.push({
      path: formatJsonPath([...basePath, index, 'id']),
      message: `duplicate ${what} id "${entry.id}" (first used at ${formatJsonPath([...basePath, first])})`,
      problem: { code: 'duplicate' },
    });
  });
  return errors;
}

/**
 * Duplicate checks run on the raw input, beside the schema, so a pack with both a bad text and a
 * duplicate id reports both at once.
 */
function allDuplicateErrors(input: Record<string, unknown>): PackError[] {
  const { checklists } = input;
  if (!Array.isArray(checklists)) return [];
  const errors = duplicateErrors(checklists, ['checklists'], 'checklist');
  checklists.forEach((checklist, index) => {
    if (isRecord(checklist) && Array.isArray(checklist.items)) {
      errors.push(...duplicateErrors(checklist.items, ['checklists', index, 'items'], 'item'));
    }
  });
  return errors;
}

/**
 * Parses and validates a checklist pack: `{ format: "effortless-checklists", formatVersion: 1,
 * checklists: [...] }`, given either as parsed JSON or as a JSON string. Collects ALL errors, each
 * with a JSON-path-like location (`$.checklists[2].items[0].text.fr`, see `formatJsonPath`) and a
 * message a trainer can act on.
 *
 * @example
 * const result = parseChecklistPack(fileText);
 * if (!result.ok) result.errors.forEach((e) => console.warn(e.path, e.message));
 */
export function parseChecklistPack(json: unknown): ParsePackResult {
  let input = json;
  if (typeof json === 'string') {
    if (json.length > CHECKLIST_LIMITS.jsonChars) {
      return fail('$', `the file is too large: at most ${CHECKLIST_LIMITS.jsonChars} characters`);
    }
    try {
      input = JSON.parse(json) as unknown;
    } catch (error) {
      return fail('$', `not valid JSON: ${(error as Error).message}`);
    }
  }
  if (!isRecord(input)) {
    return fail(
      '$',
      `expected a checklist pack object {"format": "${PACK_FORMAT}", "formatVersion": ${PACK_FORMAT_VERSION}, "checklists": [...]}, got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input}`,
    );
  }
  if (input.format === PACK_FORMAT && input.formatVersion !== PACK_FORMAT_VERSION) {
    // A newer export than this code understands: say so instead of listing every difference.
    if (typeof input.formatVersion === 'number' && input.formatVersion > PACK_FORMAT_VERSION) {
      return fail(
        '$.formatVersion',
        `formatVersion ${input.formatVersion} is newer than this version of Effortless reads (${PACK_FORMAT_VERSION}); update the extension`,
      );
    }
  }
  const result = checklistPackSchema.safeParse(input, { reportInput: true });
  const errors: PackError[] = (result.error?.issues ?? []).flatMap((issue) =>
    issueMessages(issue).map((m) => ({
      path: formatJsonPath(m.path),
      message: m.message,
      problem: m.problem,
    })),
  );
  errors.push(...allDuplicateErrors(input));
  if (errors.length > 0 || !result.success) return { ok: false, errors: sortErrors(errors) };
  return { ok: true, pack: result.data };
}

function fail(path: string, message: string): ParsePackResult {
  return { ok: false, errors: [{ path, message }] };
}

/** Document order reads best: errors of checklist 2 after those of checklist 1. */
function sortErrors(errors: PackError[]): PackError[] {
  const key = (path: string) =>
    path.replace(/\[(\d+)\]/g, (_, n: string) => `[${n.padStart(6, '0')}]`);
  return [...errors].sort((a, b) =>
    key(a.path) < key(b.path) ? -1 : key(a.path) > key(b.path) ? 1 : 0,
  );
}

/**
 * Serialises checklists as an import/export file (pretty JSON, 2-space indent, trailing newline).
 * Accepts a pack or a bare list of checklists.
 *
 * @example download(serializeChecklistPack(pack), 'checklists.json')
 */
export function serializeChecklistPack(pack: ChecklistPack | ChecklistPack['checklists']): string {
  const checklists = Array.isArray(pack) ? pack : pack.checklists;
  const file: ChecklistPack = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    checklists: [...checklists],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
