import type { AppDb } from '@/lib/db/app-db';
import type { OutboxRow } from '@/lib/db/schema';
import { callCollector, type CollectorTarget, type Fetch, type RequestFailure } from './request';
import { eventUploadResponseSchema, WIRE_LIMITS, type EventResult } from './schema';
import { toWireEvent } from './wire';

/** Everything a drain needs, injected so tests run it in Node against a real collector. */
export interface DrainDeps {
  db: AppDb;
  fetch: Fetch;
  target: CollectorTarget;
  clientId: string;
  now?: () => number;
  timeoutMs?: number;
  /** Events per request; at most the collector's limit. */
  batchSize?: number;
}

export interface DrainCounts {
  requests: number;
  accepted: number;
  duplicate: number;
  rejected: number;
}

export type DrainResult =
  { ok: true; counts: DrainCounts } | { ok: false; counts: DrainCounts; failure: RequestFailure };

// Under the collector's 1 MB body cap with room for the envelope.
const MAX_BODY_BYTES = WIRE_LIMITS.maxEventsBodyBytes - 10_000;
const encoder = new TextEncoder();
// eslint-disable-next-line no-control-regex -- ASCII test: such text needs no encoding pass.
const ASCII = /^[\x00-\x7f]*$/;
const utf8Length = (text: string) => (ASCII.test(text) ? text.length : encoder.encode(text).length);

interface Batch {
  rows: OutboxRow[];
  body: string;
  /** Outbox rows whose event no longer exists (taken back): nothing to send. */
  orphans: number[];
}

/** The oldest outbox rows (seq order) as one request body within the count and size limits. */
async function nextBatch(db: AppDb, clientId: string, size: number): Promise<Batch | null> {
  const rows = await db.outbox.limit(size).toArray();
  if (!rows.length) return null;
  const events = await db.events.bulkGet(rows.map((r) => r.eventId));
  const sent: OutboxRow[] = [];
  const parts: string[] = [];
  const orphans: number[] = [];
  let bytes = 40 + clientId.length;
  for (const [i, row] of rows.entries()) {
    const event = events[i];
    if (!event) {
      orphans.push(row.seq!);
      continue;
    }
    const part = JSON.stringify(toWireEvent(event));
    const partBytes = utf8Length(part) + 1;
    // Always send at least one event; a single event is far under the cap (attributes ≤ 2 KB).
    if (parts.length && bytes + partBytes > MAX_BODY_BYTES) break;
    bytes += partBytes;
    parts.push(part);
    sent.push(row);
  }
  const body = `{"clientId":${JSON.stringify(clientId)},"events":[${parts.join(',')}]}`;
  return { rows: sent, body, orphans };
}

/**
 * Applies the collector's per-event results in ONE transaction: `accepted`/`duplicate` leave the
 * outbox, `rejected` move to the dead letters with the collector's message. An event without a
 * result stays queued (the collector dedups a resend). Returns how many rows left the outbox.
 */
async function applyResults(
  db: AppDb,
  rows: readonly OutboxRow[],
  results: readonly EventResult[],
  counts: DrainCounts,
  now: number,
): Promise<number> {
  const byId = new Map(results.map((r) => [r.id, r]));
  const done: number[] = [];
  const dead: { eventId: string; message: string; rejectedAt: number }[] = [];
  for (const row of rows) {
    const result = byId.get(row.eventId);
    if (!result) continue;
    counts[result.status]++;
    done.push(row.seq!);
    if (result.status === 'rejected') {
      dead.push({
        eventId: row.eventId,
        message: result.message ?? 'rejected',
        rejectedAt: now,
      });
    }
  }
  await db.transaction('rw', db.outbox, db.deadLetters, async () => {
    if (dead.length) await db.deadLetters.bulkAdd(dead);
    // The usual case, every row of the batch settled: the batch is a seq-ordered prefix of the
    // outbox, so ONE range delete replaces 500 single deletes (rows added meanwhile get higher seqs).
    if (done.length === rows.length && rows.length > 1) {
      await db.outbox.where(':id').between(rows[0]!.seq!, rows.at(-1)!.seq!, true, true).delete();
    } else {
      await db.outbox.bulkDelete(done);
    }
  });
  return done.length;
}

/**
 * Uploads the outbox oldest first in bounded batches until it is empty or a request fails. Outbox
 * rows are deleted only after the collector answered for them (it answers after commit), so a
 * crash anywhere in between resends, and the collector's dedup by event id makes that harmless.
 * Callers serialise drains (see `flushOutbox`); a concurrent one would only cause duplicates.
 */
export async function drainOutbox(deps: DrainDeps): Promise<DrainResult> {
  const now = deps.now ?? Date.now;
  const size = Math.min(
    deps.batchSize ?? WIRE_LIMITS.maxEventsPerRequest,
    WIRE_LIMITS.maxEventsPerRequest,
  );
  const counts: DrainCounts = { requests: 0, accepted: 0, duplicate: 0, rejected: 0 };
  for (;;) {
    const batch = await nextBatch(deps.db, deps.clientId, size);
    if (!batch) return { ok: true, counts };
    if (batch.orphans.length) await deps.db.outbox.bulkDelete(batch.orphans);
    if (!batch.rows.length) continue;
    counts.requests++;
    const reply = await callCollector(deps.fetch, deps.target, '/v1/events', {
      method: 'POST',
      body: batch.body,
      timeoutMs: deps.timeoutMs,
      now,
    });
    if (!reply.ok) return { ok: false, counts, failure: reply.failure };
    const parsed = eventUploadResponseSchema.safeParse(reply.body);
    if (!parsed.success) {
      return {
        ok: false,
        counts,
        failure: { kind: 'server', message: 'unreadable collector reply' },
      };
    }
    const removed = await applyResults(deps.db, batch.rows, parsed.data.results, counts, now());
    // A reply that settles nothing would make this loop resend the same batch forever.
    if (removed === 0) {
      return {
        ok: false,
        counts,
        failure: { kind: 'server', message: 'the collector reply named none of the events' },
      };
    }
  }
}
