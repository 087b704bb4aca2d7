// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../lib/metrics';
import { SIGNAL_TYPES } from '../../lib/signals/taxonomy';
import { overviewResponseSchema } from '../../server/collector/reports/overview-schema';
import { DATABASES, upload, useCollector } from './harness';
import {
  foldInteractions,
  referencePeriod,
  type Filters,
  type SentEvent,
} from './overview-reference';

/** mulberry32: a small seeded PRNG, so a failing seed can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]) => items[int(items.length)] as T;
  const uuid = () =>
    'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => int(16).toString(16));
  return { next, int, pick, uuid };
}

const AGENTS = ['a1', 'a2', 'a3'];
const CHANNELS = ['phone', 'chat', 'email'];
const CATEGORIES = ['Billing', 'Address change', 'Password or login'];
const OUTCOMES = ['resolved', 'unresolved', 'transferred', 'abandoned'];

/** Random calls of one team over the last 40 days, with every complication the rules cover. */
function generate(seed: number, now: number): SentEvent[] {
  const r = prng(seed);
  const customers = Array.from(
    { length: 8 },
    (_, i) => `team-key-1.customer${i}xxxxxxxxxxxxxxxxxxxx`,
  );
  const events: SentEvent[] = [];
  for (let n = 0; n < 70; n++) {
    let start = now - 40 * DAY_MS + r.int(40 * DAY_MS);
    // FCR is "as of now": keep every 7-day edge well away from the seconds the request takes.
    if (Math.abs(start + 7 * DAY_MS - now) < 10 * 60_000) start -= 20 * 60_000;
    const interactionId = r.uuid();
    const agent = r.pick(AGENTS);
    const keyed = r.next() < 0.9;
    const customerKey = r.pick(customers);
    const at = (offsetMs: number) => new Date(start + offsetMs).toISOString();
    const event = (type: string, offsetMs: number, attributes?: Record<string, unknown>) => {
      const e: SentEvent = {
        id: r.uuid(),
        type,
        at: at(offsetMs),
        interactionId,
        agent,
        ...(keyed && { customerKey }),
        ...(attributes && { attributes }),
      };
      events.push(e);
      return e;
    };
    // One in twelve never gets its start (a view that never became a call): counted nowhere.
    if (r.next() > 1 / 12)
      event('interaction_started', 0, { channel: r.pick(CHANNELS), category: r.pick(CATEGORIES) });
    const signals = Array.from({ length: r.int(5) }, () => {
      const type = r.pick(SIGNAL_TYPES);
      const attributes =
        type === 'hold' && r.next() < 0.7 ? { durationSeconds: r.int(1300) } : undefined;
      return event(type, 1_000 + r.int(300_000), attributes);
    });
    for (const signal of signals)
      if (r.next() < 0.25)
        event('signal_undone', 400_000 + r.int(10_000), {
          eventId: signal.id,
          signal: signal.type,
        });
    for (const [survey, max, min] of [
      ['ces', 7, 1],
      ['csat', 5, 1],
      ['nps', 10, 0],
    ] as const) {
      // Sometimes answered twice: the last answer counts.
      const times = r.next() < 0.6 ? r.int(3) : 0;
      for (let i = 0; i < times; i++)
        event('survey_answer', 500_000 + r.int(100_000), {
          survey,
          value: min + r.int(max - min + 1),
        });
    }
    if (r.next() < 0.8)
      event('interaction_ended', 700_000 + r.int(100_000), {
        outcome: r.pick(OUTCOMES),
        ...(r.next() < 0.5 && { channel: r.pick(CHANNELS) }),
      });
  }
  return events;
}

/** Shuffled, cut into random batches, about one event in eight sent twice. */
function deliveries(events: SentEvent[], seed: number): SentEvent[][] {
  const r = prng(seed ^ 0x5eed);
  const order = [...events];
  for (let i = order.length - 1; i > 0; i--) {
    const j = r.int(i + 1);
    [order[i], order[j]] = [order[j] as SentEvent, order[i] as SentEvent];
  }
  const withDuplicates = order.flatMap((e) => (r.next() < 0.125 ? [e, e] : [e]));
  const batches: SentEvent[][] = [];
  for (let i = 0; i < withDuplicates.length;) {
    const size = 1 + r.int(60);
    batches.push(withDuplicates.slice(i, i + size));
    i += size;
  }
  return batches;
}

const SEEDS = [1, 2, 3];

/**
 * Issue 10's proof: whatever the order, batching and duplication of the events, every figure of
 * GET /v1/reports/overview equals what lib/metrics computes from the same events in memory.
 */
describe.each(DATABASES)('overview against lib/metrics on %s', (kind) => {
  const collector = useCollector(kind);

  it.each(SEEDS)(
    'seed %i: every figure equals the in-memory reference',
    async (seed) => {
      const now = Date.now();
      const events = generate(seed, now);
      for (const batch of deliveries(events, seed)) {
        // Each event goes under its own agent's token, as the extension sends it.
        for (const agent of AGENTS) {
          const mine = batch.filter((e) => e.agent === agent).map(({ agent: _, ...e }) => e);
          if (mine.length === 0) continue;
          const reply = await collector.request('POST', '/v1/events', {
            token: collector.token('team-a', 'agent', agent),
            body: upload(mine),
          });
          expect(reply.status).toBe(200);
        }
      }
      const interactions = foldInteractions(events);
      const r = prng(seed * 7);
      const views: { from: number; to: number; filters: Filters }[] = [
        { from: now - 30 * DAY_MS, to: now, filters: {} },
        { from: now - 14 * DAY_MS, to: now - 2 * DAY_MS, filters: { agent: 'a2' } },
        { from: now - 21 * DAY_MS, to: now - 6 * DAY_MS, filters: { channel: r.pick(CHANNELS) } },
        {
          from: now - 40 * DAY_MS,
          to: now,
          filters: { category: r.pick(CATEGORIES), agent: 'a1' },
        },
      ];
      for (const { from, to, filters } of views) {
        const params = new URLSearchParams({
          from: new Date(from).toISOString(),
          to: new Date(to).toISOString(),
          ...filters,
        });
        const before = Date.now();
        const reply = await collector.request('GET', `/v1/reports/overview?${params}`, {
          token: collector.token('team-a', 'lead'),
        });
        const after = Date.now();
        expect(reply.status).toBe(200);
        const overview = overviewResponseSchema.parse(reply.body);
        const expected = (asOf: number) => ({
          ...referencePeriod(interactions, from, to, filters, asOf),
          previous: referencePeriod(interactions, 2 * from - to, from, filters, asOf),
        });
        // FCR is as of the request's "now": the generator keeps edges away from it.
        expect(expected(before)).toEqual(expected(after));
        expect(overview, JSON.stringify({ seed, filters })).toEqual(expected(after));
        expect(overview.interactions).toBeGreaterThan(0);
      }
    },
    120_000,
  );
});
