import {
  checklistSchema,
  loadDefaultChecklistPack,
  parseChecklistPack,
  serializeChecklistPack,
  type Checklist,
  type ChecklistStatus,
  type LocalizedText,
  type PackError,
} from '@/lib/checklists';
import type { AppDb } from './app-db';
import type { ChecklistRow } from './schema';

/**
 * The checklist repository (issue 5): every save is a NEW row `[id+version]`, so history,
 * diff and restore come for free and an agent keeps the last published version while a trainer
 * drafts the next one (the matcher takes the highest published version of each id).
 */

/** The newest version of one checklist, with what the list needs to know about its history. */
export interface ChecklistSummary {
  checklist: Checklist;
  /** How many versions are stored. */
  versions: number;
  /** The highest published version, when there is one (agents see that one). */
  publishedVersion?: number;
}

const toRow = (checklist: Checklist): ChecklistRow => ({
  id: checklist.id,
  version: checklist.version,
  status: checklist.status,
  updatedAt: checklist.updatedAt,
  body: checklist,
});

/** A stored body is re-validated on read: a corrupt row is skipped, never shown half-broken. */
function fromRow(row: ChecklistRow): Checklist | null {
  const result = checklistSchema.safeParse(row.body);
  return result.success ? result.data : null;
}

/** The newest version of each checklist, sorted by id. */
export async function listLatestChecklists(db: AppDb): Promise<ChecklistSummary[]> {
  const rows = await db.checklists.toArray();
  const byId = new Map<string, ChecklistSummary>();
  for (const row of rows) {
    const checklist = fromRow(row);
    if (!checklist) continue;
    const current = byId.get(checklist.id);
    const published =
      checklist.status === 'published' ? checklist.version : current?.publishedVersion;
    const best =
      current && current.checklist.version > checklist.version ? current.checklist : checklist;
    byId.set(checklist.id, {
      checklist: best,
      versions: (current?.versions ?? 0) + 1,
      publishedVersion: Math.max(published ?? 0, current?.publishedVersion ?? 0) || undefined,
    });
  }
  return [...byId.values()].sort((a, b) => (a.checklist.id < b.checklist.id ? -1 : 1));
}

/** Every stored version of one checklist, newest first. */
export async function checklistHistory(db: AppDb, id: string): Promise<Checklist[]> {
  const rows = await db.checklists.where('id').equals(id).toArray();
  return rows
    .map(fromRow)
    .filter((c): c is Checklist => c !== null)
    .sort((a, b) => b.version - a.version);
}

/** The newest version of one checklist, if it exists. */
export async function latestChecklist(db: AppDb, id: string): Promise<Checklist | undefined> {
  return (await checklistHistory(db, id))[0];
}

/** The result of a save: the stored version, or path-precise errors (`$.items[0].text.fr`). */
export type SaveResult = { ok: true; checklist: Checklist } | { ok: false; errors: PackError[] };

/** Validates one checklist with the import rules; paths are relative to the checklist (`$.title`). */
export function validateChecklist(checklist: unknown): SaveResult {
  const result = parseChecklistPack({
    format: 'effortless-checklists',
    formatVersion: 1,
    checklists: [checklist],
  });
  if (result.ok) return { ok: true, checklist: result.pack.checklists[0]! };
  return {
    ok: false,
    errors: result.errors.map((e) => ({ ...e, path: e.path.replace(/^\$\.checklists\[0\]/, '$') })),
  };
}

/**
 * Saves a checklist as a new version: `version` = highest stored + 1 (1 for a new id) and
 * `updatedAt` = now, whatever the given values were. Nothing is written when it is invalid.
 *
 * @example await saveChecklistVersion(db, { ...draft, status: 'published' })
 */
export async function saveChecklistVersion(
  db: AppDb,
  checklist: Omit<Checklist, 'version' | 'updatedAt'> & Partial<Checklist>,
  now: Date = new Date(),
): Promise<SaveResult> {
  return db.transaction('rw', db.checklists, async () => {
    const latest = await latestChecklist(db, checklist.id);
    const next = {
      ...checklist,
      version: (latest?.version ?? 0) + 1,
      updatedAt: now.toISOString(),
    };
    const result = validateChecklist(next);
    if (result.ok) await db.checklists.add(toRow(result.checklist));
    return result;
  });
}

/** Saves an old version's content as the newest version ("restore"); history is never rewritten. */
export async function restoreChecklistVersion(
  db: AppDb,
  id: string,
  version: number,
  now: Date = new Date(),
): Promise<SaveResult> {
  const row = await db.checklists.get([id, version]);
  const old = row && fromRow(row);
  if (!old)
    return { ok: false, errors: [{ path: '$', message: `no version ${version} of ${id}` }] };
  return saveChecklistVersion(db, old, now);
}

/** Publishes or unpublishes: a new version that differs only by its status. */
export async function setChecklistStatus(
  db: AppDb,
  id: string,
  status: ChecklistStatus,
  now: Date = new Date(),
): Promise<SaveResult> {
  const latest = await latestChecklist(db, id);
  if (!latest) return { ok: false, errors: [{ path: '$', message: `no checklist ${id}` }] };
  return saveChecklistVersion(db, { ...latest, status }, now);
}

/** An id not yet used: `base`, else `base-2`, `base-3`… (kept within the id length limit). */
export async function freeChecklistId(db: AppDb, base: string): Promise<string> {
  const used = new Set((await db.checklists.orderBy('id').uniqueKeys()).map(String));
  const stem = base.slice(0, 56) || 'checklist';
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

/**
 * Copies the newest version of a checklist under a new id, as a version 1 draft. `titleSuffix`
 * is appended to each language's title (e.g. `{ en: ' (copy)', fr: ' (copie)' }`).
 */
export async function duplicateChecklist(
  db: AppDb,
  id: string,
  titleSuffix: LocalizedText = {},
  now: Date = new Date(),
): Promise<SaveResult> {
  const latest = await latestChecklist(db, id);
  if (!latest) return { ok: false, errors: [{ path: '$', message: `no checklist ${id}` }] };
  const title = Object.fromEntries(
    Object.entries(latest.title).map(([lang, text]) => [
      lang,
      `${text}${titleSuffix[lang as keyof LocalizedText] ?? ''}`.slice(0, 120),
    ]),
  );
  const copy = { ...latest, id: await freeChecklistId(db, `${id}-copy`), status: 'draft' as const };
  return saveChecklistVersion(db, { ...copy, title }, now);
}

/** Deletes every version of a checklist; returns how many rows went. */
export function deleteChecklist(db: AppDb, id: string): Promise<number> {
  return db.checklists.where('id').equals(id).delete();
}

/** The outcome of an import: how many checklists were written, or why nothing was. */
export type ImportResult =
  { ok: true; added: number; unchanged: number } | { ok: false; errors: PackError[] };

const sameContent = (a: Checklist, b: Checklist) =>
  JSON.stringify({ ...a, version: 0, updatedAt: '' }) ===
  JSON.stringify({ ...b, version: 0, updatedAt: '' });

/**
 * Imports a pack (JSON text or parsed): all or nothing. A new id keeps its version and date; an
 * existing id gets the import as its next version, unless the content equals its newest version
 * (re-importing the same file changes nothing).
 */
export async function importChecklistPack(
  db: AppDb,
  json: unknown,
  now: Date = new Date(),
): Promise<ImportResult> {
  const parsed = parseChecklistPack(json);
  if (!parsed.ok) return parsed;
  return db.transaction('rw', db.checklists, async () => {
    let added = 0;
    let unchanged = 0;
    for (const checklist of parsed.pack.checklists) {
      const latest = await latestChecklist(db, checklist.id);
      if (latest && sameContent(latest, checklist)) {
        unchanged++;
        continue;
      }
      const row = latest
        ? { ...checklist, version: latest.version + 1, updatedAt: now.toISOString() }
        : checklist;
      await db.checklists.add(toRow(row));
      added++;
    }
    return { ok: true as const, added, unchanged };
  });
}

/** The newest versions of the given ids (all when omitted) as an import/export file. */
export async function exportChecklists(db: AppDb, ids?: readonly string[]): Promise<string> {
  const latest = (await listLatestChecklists(db)).map((s) => s.checklist);
  const wanted = ids ? latest.filter((c) => ids.includes(c.id)) : latest;
  return serializeChecklistPack(wanted);
}

/**
 * Writes the default pack when the table is empty (first run), in one transaction so the
 * background and an open editor page cannot both seed it. Returns how many were written.
 */
export async function seedDefaultChecklists(db: AppDb): Promise<number> {
  const pack = loadDefaultChecklistPack();
  return db.transaction('rw', db.checklists, async () => {
    if ((await db.checklists.count()) > 0) return 0;
    await db.checklists.bulkAdd(pack.checklists.map(toRow));
    return pack.checklists.length;
  });
}

/** Every stored version that validates (the matcher keeps the highest published one per id). */
export async function loadChecklists(db: AppDb): Promise<Checklist[]> {
  return (await db.checklists.toArray()).flatMap((row) => fromRow(row) ?? []);
}
