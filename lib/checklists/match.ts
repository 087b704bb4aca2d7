import type { MatchContext } from './context';
import { evaluateTrigger, type Evaluation } from './evaluate';
import { localize } from './languages';
import type { Checklist } from './schema';

/** A checklist whose triggers match, with its rank key. */
export interface ChecklistMatch {
  checklist: Checklist;
  specificity: number;
}

/** Options of `matchChecklists`. */
export interface MatchOptions {
  /** Include drafts (the trainer's preview); agents only ever see published checklists. */
  includeDrafts?: boolean;
  /** How many to return; default 3, so the panel stays short. */
  limit?: number;
}

/** The default number of checklists shown at once. */
export const DEFAULT_MATCH_LIMIT = 3;

/** Keeps the highest version of each id among the eligible checklists. */
function latestVersions(checklists: readonly Checklist[], includeDrafts: boolean): Checklist[] {
  const byId = new Map<string, Checklist>();
  for (const checklist of checklists) {
    if (checklist.status !== 'published' && !includeDrafts) continue;
    const current = byId.get(checklist.id);
    if (current === undefined || checklist.version > current.version) {
      byId.set(checklist.id, checklist);
    }
  }
  return [...byId.values()];
}

/**
 * The checklists to nudge for this interaction, best first.
 *
 * Only published checklists (drafts too with `includeDrafts`), and only the highest version of
 * each id, so an old copy never shows beside its replacement. Ranking: most specific first (the
 * number of positive leaf conditions matched, see `Evaluation.specificity`; `always` counts 0 so
 * the close comes last), then higher `priority` (default 0), then title in the agent's language,
 * then id. At most `limit` (default 3).
 *
 * @example matchChecklists(checklists, { fields, category: 'Billing', repeatContact: false, signals: [], language: 'fr' })
 */
export function matchChecklists(
  checklists: readonly Checklist[],
  context: MatchContext,
  { includeDrafts = false, limit = DEFAULT_MATCH_LIMIT }: MatchOptions = {},
): ChecklistMatch[] {
  const collator = new Intl.Collator(context.language, { sensitivity: 'base' });
  return latestVersions(checklists, includeDrafts)
    .map((checklist) => ({ checklist, result: evaluateTrigger(checklist.triggers, context) }))
    .filter(({ result }) => result.matched)
    .map(({ checklist, result }) => ({ checklist, specificity: result.specificity }))
    .sort(
      (a, b) =>
        b.specificity - a.specificity ||
        (b.checklist.priority ?? 0) - (a.checklist.priority ?? 0) ||
        collator.compare(
          localize(a.checklist.title, context.language),
          localize(b.checklist.title, context.language),
        ) ||
        (a.checklist.id < b.checklist.id ? -1 : a.checklist.id > b.checklist.id ? 1 : 0),
    )
    .slice(0, Math.max(0, limit));
}

/**
 * Why a checklist does or does not fire in this context: overall result, specificity and every
 * leaf condition with its path and result. Status and version are not considered here.
 *
 * @example explainMatch(checklist, context).conditions.filter((c) => !c.matched)
 */
export function explainMatch(checklist: Checklist, context: MatchContext): Evaluation {
  return evaluateTrigger(checklist.triggers, context);
}
