import type { Draft } from './draft';
import type { PackError } from './issues';
import { parseChecklistPack } from './parse-pack';
import type { Checklist } from './schema';

/**
 * Every problem that would stop this candidate from saving, paths from the checklist's root
 * (`$.title`), plus `$.id` when a NEW checklist takes an id another one already has.
 *
 * @example draftProblems(checklistOf(draft), { isNew: true, takenIds: ['close'] })
 */
export function draftProblems(
  candidate: Omit<Checklist, 'version' | 'updatedAt'>,
  { isNew, takenIds }: { isNew: boolean; takenIds: readonly string[] },
): PackError[] {
  const result = parseChecklistPack({
    format: 'effortless-checklists',
    formatVersion: 1,
    checklists: [{ ...candidate, version: 1, updatedAt: new Date(0).toISOString() }],
  });
  const errors = result.ok
    ? []
    : result.errors.map((e) => ({ ...e, path: e.path.replace(/^\$\.checklists\[0\]/, '$') }));
  if (isNew && candidate.id !== '' && takenIds.includes(candidate.id)) {
    errors.unshift({ path: '$.id', message: `the id "${candidate.id}" is already used` });
  }
  return errors;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Whether the trainer changed what a path points at since the draft was opened. */
function touched(path: string, draft: Draft, pristine: Draft): boolean {
  const item = /^\$\.items\[(\d+)\]/.exec(path);
  if (item) {
    const now = draft.items[Number(item[1])];
    const before = pristine.items.find((i) => i.id === now?.id);
    return !same(now, before);
  }
  const top = /^\$\.(\w+)/.exec(path)?.[1];
  // A new checklist's id comes from its title while the id field is empty.
  if (top === 'id') return draft.id !== pristine.id || !same(draft.title, pristine.title);
  if (top === undefined) return !same(draft, pristine);
  return !same(draft[top as keyof Draft], pristine[top as keyof Draft]);
}

/**
 * The problems to show now (issue 11, point 9: no error before the trainer typed anything): those
 * where the trainer changed something since opening the draft, and all of them once the trainer
 * tried to save.
 *
 * @example shownProblems(errors, draft, pristine, false) // [] for a blank new checklist
 */
export function shownProblems(
  errors: readonly PackError[],
  draft: Draft,
  pristine: Draft,
  attempted: boolean,
): PackError[] {
  return attempted ? [...errors] : errors.filter((e) => touched(e.path, draft, pristine));
}
