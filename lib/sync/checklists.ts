import type { AppDb } from '@/lib/db/app-db';
import { importChecklistPack } from '@/lib/db/checklists';
import type { MessageResults } from '@/lib/messaging/protocol';
import { callCollector, type CollectorTarget, type Fetch } from './request';
import { checklistListResponseSchema, checklistPublishResponseSchema } from './schema';

const ETAG_KEY = 'checklistsEtag';

export type PullResult =
  | { status: 'unchanged' }
  | { status: 'updated'; added: number; invalid: number }
  | { status: 'failed'; detail: string };

/**
 * Agents: pulls the team's published checklists (`If-None-Match`, so an unchanged list costs a
 * 304) and imports each as a published version. One invalid checklist is skipped, not the list.
 * The ETag is stored only after every import, so a crash midway pulls again.
 */
export async function pullChecklists(
  db: AppDb,
  fetchFn: Fetch,
  target: CollectorTarget,
): Promise<PullResult> {
  const etag = (await db.meta.get(ETAG_KEY))?.value;
  const reply = await callCollector(fetchFn, target, '/v1/checklists', {
    headers: typeof etag === 'string' ? { 'if-none-match': etag } : {},
    okStatuses: [304],
  });
  if (!reply.ok) return { status: 'failed', detail: reply.failure.message };
  if (reply.status === 304) return { status: 'unchanged' };
  const parsed = checklistListResponseSchema.safeParse(reply.body);
  if (!parsed.success) return { status: 'failed', detail: 'unreadable checklist list' };
  let added = 0;
  let invalid = 0;
  for (const published of parsed.data.checklists) {
    const checklist = { ...published.checklist, status: 'published' };
    const result = await importChecklistPack(db, {
      format: 'effortless-checklists',
      formatVersion: 1,
      checklists: [checklist],
    });
    if (result.ok) added += result.added;
    else invalid++;
  }
  const tag = reply.headers.get('etag');
  if (tag) await db.meta.put({ key: ETAG_KEY, value: tag });
  return { status: 'updated', added, invalid };
}

/**
 * Where trainers publish: the collector URL with the trainer token, or the agent token when no
 * trainer token is set (a browser used only to publish). Event sync never reads the trainer
 * token, so publishing cannot break it (issue 11, point 9).
 *
 * @example publishTarget(await collectorTarget(), await trainerTokenItem.getValue())
 */
export function publishTarget(agent: CollectorTarget, trainerToken: string): CollectorTarget {
  return { url: agent.url.trim(), token: trainerToken.trim() || agent.token.trim() };
}

/**
 * Trainers: sends one stored version to the collector. A version not newer than the collector's
 * is refused (409, another trainer published meanwhile) and reported as `stale` with theirs.
 */
export async function publishChecklist(
  db: AppDb,
  fetchFn: Fetch,
  target: CollectorTarget,
  id: string,
  version: number,
): Promise<MessageResults['publishChecklist']> {
  if (!target.url || !target.token) return { status: 'not-configured' };
  const row = await db.checklists.get([id, version]);
  if (!row) return { status: 'failed', detail: `no version ${version} of ${id}` };
  const reply = await callCollector(fetchFn, target, `/v1/checklists/${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: JSON.stringify({ version, checklist: row.body }),
    okStatuses: [409],
  });
  if (!reply.ok) return { status: 'failed', detail: reply.failure.message };
  if (reply.status === 409) {
    const theirs = (reply.body as { version?: unknown } | null)?.version;
    return { status: 'stale', ...(typeof theirs === 'number' && { version: theirs }) };
  }
  const stored = checklistPublishResponseSchema.safeParse(reply.body);
  return stored.success
    ? { status: 'published', version: stored.data.version }
    : { status: 'failed', detail: 'unreadable collector reply' };
}
