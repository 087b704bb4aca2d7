// @vitest-environment node
import Dexie from 'dexie';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppDb } from '@/lib/db/app-db';
import { SCHEMA_VERSIONS } from '@/lib/db/schema';
import { getSyncState } from '@/lib/sync/state';
import { flushOutbox, flushUntilSynced, memoryLock } from '@/lib/sync/flush';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy';
import { SLOW, useCollector } from '../../server/harness';
import { expectExactlyOnce, flushDeps, freshDb, localEvent, queue, steppedClock } from './helpers';
import { recordEvents } from '@/lib/db/events';

/**
 * Issue 6, the sync client against a REAL collector (in-process, PGlite, over HTTP). Faults come
 * from a real HTTP proxy in front of it. Invariant everywhere: the set of event ids stored equals
 * the set captured, and the row count equals the distinct ids.
 */
describe('sync client reliability', () => {
  const collector = useCollector('pglite');
  let proxy: FaultProxy;

  beforeAll(async () => {
    proxy = await startFaultProxy(collector.url);
  }, SLOW);
  afterAll(() => proxy.stop());
  beforeEach(() => {
    proxy.faults = [];
    proxy.stats = { posts: 0, committed: 0, replied: 0 };
  });

  it('drains the outbox in order, in bounded batches, and empties it', async () => {
    const db = freshDb();
    const ids = await queue(db, 1_200);
    const result = await flushOutbox(flushDeps(db, collector, proxy.url));
    expect(result.status).toBe('synced');
    expect(result.status === 'synced' && result.counts).toEqual({
      requests: 3,
      accepted: 1_200,
      duplicate: 0,
      rejected: 0,
    });
    expect(await db.outbox.count()).toBe(0);
    await expectExactlyOnce(collector, ids);
    const state = await getSyncState(db);
    expect(state.attempt).toBe(0);
    expect(state.lastError).toBeUndefined();
    expect(state.lastSyncAt).toBeTypeOf('number');
  });

  it('survives the collector being down, then up, and never gives up meanwhile', async () => {
    const db = freshDb();
    const ids = await queue(db, 30);
    const clock = steppedClock();
    await proxy.stop();
    const delays: number[] = [];
    const result = await flushUntilSynced(
      flushDeps(db, collector, proxy.url, { now: clock.now }),
      async (ms) => {
        delays.push(ms);
        expect((await getSyncState(db)).lastError?.kind).toBe('offline');
        clock.advance(ms);
        if (delays.length === 5) await proxy.start();
        return true;
      },
    );
    expect(result.status).toBe('synced');
    expect(delays).toHaveLength(5);
    // Exponential: each window doubles (jitter fixed at 0.5 here).
    expect(delays).toEqual([750, 1_500, 3_000, 6_000, 12_000]);
    expect(await db.outbox.count()).toBe(0);
    await expectExactlyOnce(collector, ids);
  });

  it('retries 500, 503 and 429, honouring Retry-After', async () => {
    const db = freshDb();
    const ids = await queue(db, 40);
    const clock = steppedClock();
    proxy.faults = [
      { kind: 'status', status: 500 },
      { kind: 'status', status: 503, retryAfter: '9' },
      { kind: 'status', status: 429, retryAfter: '20' },
    ];
    const delays: number[] = [];
    const kinds: (string | undefined)[] = [];
    const result = await flushUntilSynced(
      flushDeps(db, collector, proxy.url, { now: clock.now }),
      async (ms) => {
        delays.push(ms);
        kinds.push((await getSyncState(db)).lastError?.kind);
        clock.advance(ms);
        return true;
      },
    );
    expect(result.status).toBe('synced');
    expect(kinds).toEqual(['server', 'throttled', 'throttled']);
    expect(delays[1]).toBeGreaterThanOrEqual(9_000);
    expect(delays[2]).toBeGreaterThanOrEqual(20_000);
    await expectExactlyOnce(collector, ids);
  });

  it('does not retry before the backoff is due, unless forced', async () => {
    const db = freshDb();
    await queue(db, 5);
    const clock = steppedClock();
    proxy.faults = [{ kind: 'status', status: 503, retryAfter: '30' }];
    const deps = flushDeps(db, collector, proxy.url, { now: clock.now });
    expect((await flushOutbox(deps)).status).toBe('failed');
    clock.advance(10_000);
    const early = await flushOutbox(deps);
    expect(early).toMatchObject({ status: 'waiting', retryInMs: 20_000 });
    expect(proxy.stats.posts).toBe(1);
    expect((await flushOutbox(deps, { force: true })).status).toBe('synced');
  });

  it('resends a batch whose reply was lost after the commit: exactly once, as duplicates', async () => {
    const db = freshDb();
    const ids = await queue(db, 50);
    proxy.faults = [{ kind: 'destroy-after-commit' }];
    const deps = flushDeps(db, collector, proxy.url);
    const first = await flushOutbox(deps);
    expect(first.status).toBe('failed');
    expect(first.state.lastError?.kind).toBe('offline');
    expect(proxy.stats.committed).toBe(1);
    // Committed on the server, still queued locally: nothing was deleted without a reply.
    expect(await db.outbox.count()).toBe(50);
    await expectExactlyOnce(collector, ids);
    const second = await flushOutbox(deps, { force: true });
    expect(second.status === 'synced' && second.counts.duplicate).toBe(50);
    expect(await db.outbox.count()).toBe(0);
    await expectExactlyOnce(collector, ids);
  });

  it('times out a reply slower than the client timeout, then resends once', async () => {
    const db = freshDb();
    const ids = await queue(db, 20);
    proxy.faults = [{ kind: 'delay', ms: 1_500 }];
    const deps = flushDeps(db, collector, proxy.url, { timeoutMs: 300 });
    const first = await flushOutbox(deps);
    expect(first.state.lastError?.kind).toBe('timeout');
    expect(await db.outbox.count()).toBe(20);
    const second = await flushOutbox(deps, { force: true });
    expect(second.status).toBe('synced');
    await expectExactlyOnce(collector, ids);
  });

  it('moves a poison event to the dead letters and stores the rest of its batch', async () => {
    const db = freshDb();
    const good = Array.from({ length: 9 }, () => localEvent());
    // A raw phone number in an attribute: the collector's privacy guard rejects it.
    const poison = localEvent({ type: 'repeated_info', attributes: { note: '+33 6 12 34 56 78' } });
    await recordEvents(db, [...good.slice(0, 4), poison, ...good.slice(4)]);
    const result = await flushOutbox(flushDeps(db, collector, proxy.url));
    expect(result.status === 'synced' && result.counts).toMatchObject({ accepted: 9, rejected: 1 });
    expect(await db.outbox.count()).toBe(0);
    const dead = await db.deadLetters.toArray();
    expect(dead).toHaveLength(1);
    expect(dead[0]).toMatchObject({ eventId: poison.id });
    expect(dead[0]!.message).toContain('phone number');
    // The message names what the value looked like, never the value.
    expect(dead[0]!.message).not.toContain('12 34');
    // Kept locally, never silently dropped.
    expect(await db.events.get(poison.id)).toBeDefined();
    await expectExactlyOnce(
      collector,
      good.map((e) => e.id),
    );
  });

  it('lets only one of two simultaneous flushers send (same lock)', async () => {
    const db = freshDb();
    const ids = await queue(db, 700);
    const deps = flushDeps(db, collector, proxy.url);
    const [a, b] = await Promise.all([flushOutbox(deps), flushOutbox(deps)]);
    const sent = [a, b].map((r) => (r.status === 'synced' ? r.counts.requests : -1));
    expect(sent.sort()).toEqual([0, 2]);
    expect(proxy.stats.posts).toBe(2);
    await expectExactlyOnce(collector, ids);
  });

  it('stays exactly once even when two contexts flush without a shared lock', async () => {
    const name = `sync-test-${crypto.randomUUID()}`;
    const one = new AppDb(name);
    const other = new AppDb(name);
    const ids = await queue(one, 1_000);
    const [a, b] = await Promise.all([
      flushOutbox(flushDeps(one, collector, proxy.url, { withLock: memoryLock() })),
      flushOutbox(flushDeps(other, collector, proxy.url, { withLock: memoryLock() })),
    ]);
    expect([a.status, b.status]).toEqual(['synced', 'synced']);
    expect(await one.outbox.count()).toBe(0);
    await expectExactlyOnce(collector, ids);
  });

  it('drains 10,000 events queued offline, each arriving once', async () => {
    const db = freshDb();
    const ids = await queue(db, 10_000);
    const clock = steppedClock();
    await proxy.stop();
    const deps = flushDeps(db, collector, proxy.url, { now: clock.now });
    expect((await flushOutbox(deps)).state.lastError?.kind).toBe('offline');
    await proxy.start();
    clock.advance(60_000);
    const result = await flushOutbox(deps);
    expect(result.status === 'synced' && result.counts).toEqual({
      requests: 20,
      accepted: 10_000,
      duplicate: 0,
      rejected: 0,
    });
    expect(await db.outbox.count()).toBe(0);
    await expectExactlyOnce(collector, ids);
  }, 120_000);

  it('keeps a non-empty outbox through the v1 → v2 schema upgrade, then drains it', async () => {
    const name = `sync-upgrade-${crypto.randomUUID()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_VERSIONS[0]!.stores);
    const events = Array.from({ length: 60 }, () => localEvent());
    await v1.table('events').bulkAdd(events);
    await v1
      .table('outbox')
      .bulkAdd(events.map((e) => ({ eventId: e.id, createdAt: e.at, attempts: 0 })));
    v1.close();

    const db = new AppDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(await db.outbox.count()).toBe(60);
    const result = await flushOutbox(flushDeps(db, collector, proxy.url));
    expect(result.status).toBe('synced');
    await expectExactlyOnce(
      collector,
      events.map((e) => e.id),
    );
  });

  it('shows a bad token or a wrong role as an error, keeps the outbox, retries later', async () => {
    const db = freshDb();
    await queue(db, 3);
    const clock = steppedClock();
    const bad = await flushOutbox(
      flushDeps(db, collector, proxy.url, {
        now: clock.now,
        target: async () => ({ url: proxy.url, token: 'eff1.not.valid' }),
      }),
    );
    expect(bad.status).toBe('failed');
    expect(bad.state.lastError?.kind).toBe('unauthorized');
    expect(bad.status === 'failed' && bad.retryInMs).toBeGreaterThanOrEqual(60_000);
    const lead = collector.token('team-a', 'lead');
    const wrongRole = await flushOutbox(
      flushDeps(db, collector, proxy.url, {
        now: clock.now,
        target: async () => ({ url: proxy.url, token: lead }),
      }),
      { force: true },
    );
    expect(wrongRole.state.lastError?.kind).toBe('forbidden');
    expect(await db.outbox.count()).toBe(3);
    expect(await collector.eventCount()).toBe(0);
  });

  it('does nothing without a configured collector, and says so', async () => {
    const db = freshDb();
    await queue(db, 2);
    const result = await flushOutbox(
      flushDeps(db, collector, proxy.url, { target: async () => ({ url: '', token: '' }) }),
    );
    expect(result.status).toBe('not-configured');
    expect((await getSyncState(db)).lastError?.kind).toBe('not-configured');
    expect(await db.outbox.count()).toBe(2);
  });
});
