import type { AppDb } from '@/lib/db/app-db';
import { clientIdOf, getSyncState, setSyncState, type SyncState } from './state';
import { retryDelay } from './backoff';
import { drainOutbox, type DrainCounts } from './drain';
import type { CollectorTarget, Fetch } from './request';

/** Runs `task` alone among flushers sharing the lock (Web Locks in the worker). */
export type WithLock = <T>(task: () => Promise<T>) => Promise<T>;

export interface FlushDeps {
  db: AppDb;
  fetch: Fetch;
  /** Read at every flush: the agent may change the collector at any time. */
  target: () => Promise<CollectorTarget>;
  withLock: WithLock;
  now?: () => number;
  random?: () => number;
  timeoutMs?: number;
  batchSize?: number;
}

export type FlushResult =
  | { status: 'synced'; counts: DrainCounts; state: SyncState }
  | { status: 'not-configured'; state: SyncState }
  /** Backing off: nothing sent; `retryInMs` says when the next attempt is due. */
  | { status: 'waiting'; retryInMs: number; state: SyncState }
  | { status: 'failed'; counts: DrainCounts; retryInMs: number; state: SyncState };

// A bad token will not fix itself within seconds: retry, but no faster than once a minute.
const AUTH_FLOOR_MS = 60_000;

/**
 * One flush: under the lock, unless a backoff is pending (`force` ignores it: the agent pressed
 * "sync now"), drains the outbox and records the outcome in the stored sync state: success resets
 * the backoff, a failure schedules the next attempt (exponential, jittered, ≥ Retry-After).
 */
export function flushOutbox(
  deps: FlushDeps,
  options: { force?: boolean } = {},
): Promise<FlushResult> {
  const now = deps.now ?? Date.now;
  return deps.withLock(async () => {
    const state = await getSyncState(deps.db);
    const target = await deps.target();
    if (!target.url || !target.token) {
      const next: SyncState = {
        ...state,
        lastError: { kind: 'not-configured', message: 'no collector configured', at: now() },
      };
      if (state.lastError?.kind !== 'not-configured') await setSyncState(deps.db, next);
      return { status: 'not-configured', state: next };
    }
    if (!options.force && state.nextAttemptAt !== undefined && state.nextAttemptAt > now()) {
      return { status: 'waiting', retryInMs: state.nextAttemptAt - now(), state };
    }
    const result = await drainOutbox({
      db: deps.db,
      fetch: deps.fetch,
      target,
      clientId: await clientIdOf(deps.db),
      now,
      timeoutMs: deps.timeoutMs,
      batchSize: deps.batchSize,
    });
    if (result.ok) {
      const next: SyncState = { attempt: 0, lastSyncAt: now() };
      // An idle alarm tick with nothing sent changes nothing: no write, no UI churn.
      if (result.counts.requests || state.attempt || state.lastError || !state.lastSyncAt)
        await setSyncState(deps.db, next);
      return { status: 'synced', counts: result.counts, state: next };
    }
    const attempt = state.attempt + 1;
    const auth = result.failure.kind === 'unauthorized' || result.failure.kind === 'forbidden';
    const retryInMs = retryDelay(
      attempt,
      result.failure.retryAfterMs,
      deps.random,
      auth ? AUTH_FLOOR_MS : 0,
    );
    const next: SyncState = {
      ...(state.lastSyncAt !== undefined && { lastSyncAt: state.lastSyncAt }),
      attempt,
      nextAttemptAt: now() + retryInMs,
      lastError: { kind: result.failure.kind, message: result.failure.message, at: now() },
    };
    await setSyncState(deps.db, next);
    return { status: 'failed', counts: result.counts, retryInMs, state: next };
  });
}

/**
 * Flushes until the outbox is drained, sleeping between failed attempts. Never gives up by itself:
 * `sleep` returns false to stop (the worker stops when the wait outlives it and leaves the rest
 * to the alarm, which calls this again).
 */
export async function flushUntilSynced(
  deps: FlushDeps,
  sleep: (ms: number) => Promise<boolean>,
): Promise<FlushResult> {
  for (;;) {
    const result = await flushOutbox(deps);
    if (result.status === 'synced' || result.status === 'not-configured') return result;
    if (!(await sleep(result.retryInMs))) return result;
  }
}

/**
 * An in-process lock: one flush at a time per returned function (tests, and contexts without Web
 * Locks). The worker uses `navigator.locks`, which also spans the extension's pages.
 */
export function memoryLock(): WithLock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
