// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SyncEvent } from '../../lib/sync/schema';
import { refreshTeamFacts } from '../../server/collector/db/facts';
import {
  call as request,
  customerKey,
  DATABASES,
  makeEvent,
  upload,
  useCollector,
} from './harness';

const postTo = (url: string, token: string, event: SyncEvent) =>
  request(url, 'POST', '/v1/events', { token, body: upload([event]) });

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

/** One call with every kind of event the facts fold: the expected row is written out below. */
function call(key: string): SyncEvent[] {
  const interactionId = randomUUID();
  const base = { interactionId, customerKey: key };
  const repeated = makeEvent({ ...base, type: 'repeated_info', at: at(2) });
  return [
    makeEvent({
      ...base,
      type: 'interaction_started',
      at: at(0),
      attributes: { channel: 'phone', category: 'Billing' },
    }),
    makeEvent({ ...base, type: 'transfer', at: at(1), attributes: { toQueue: 'billing' } }),
    repeated,
    makeEvent({ ...base, type: 'hold', at: at(3), attributes: { durationSeconds: 301 } }),
    makeEvent({
      ...base,
      type: 'signal_undone',
      at: at(4),
      attributes: { eventId: repeated.id, signal: 'repeated_info' },
    }),
    makeEvent({
      ...base,
      type: 'survey_answer',
      at: at(6),
      attributes: { survey: 'ces', value: 3 },
    }),
    makeEvent({
      ...base,
      type: 'survey_answer',
      at: at(7),
      attributes: { survey: 'ces', value: 6 },
    }),
    makeEvent({
      ...base,
      type: 'survey_answer',
      at: at(7),
      attributes: { survey: 'nps', value: 11 },
    }),
    makeEvent({
      ...base,
      type: 'interaction_ended',
      at: at(8),
      attributes: { outcome: 'abandoned', channel: 'chat', category: 'Billing' },
    }),
  ];
}

const expectedRow = (events: SyncEvent[], key: string) => ({
  team_id: 'team-a',
  interaction_id: events[0]?.interactionId,
  agent_id: 'a1',
  customer_key: key,
  started_at: at(0),
  ended_at: at(8),
  channel: 'chat', // the end event carries the agent's correction
  category: 'Billing',
  outcome: 'abandoned',
  effort_index: 25 + 2 * 10, // transfer + a hold of two started 5-minute units; repeated_info undone
  signal_count: 2,
  signals: { transfer: 1, hold: 1 },
  ces: 6, // answered twice: the last answer counts
  csat: null,
  nps: null, // 11 is off the 0–10 scale
  event_count: events.length,
});

/** Per-interaction facts (issue 10), whatever the order, batching or duplication of the events. */
describe.each(DATABASES)('interaction facts on %s', (kind) => {
  const collector = useCollector(kind);
  const send = (events: SyncEvent[], agent = 'a1') =>
    collector.request('POST', '/v1/events', {
      token: collector.token('team-a', 'agent', agent),
      body: upload(events),
    });
  // A report brings the facts up to date first, as the overview route does.
  const facts = async () => {
    for (const team of ['team-a', 'team-b']) await refreshTeamFacts(collector.driver.query, team);
    return collector.driver.query(
      `SELECT team_id, interaction_id::text, agent_id, customer_key,
           to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS started_at,
           to_char(ended_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS ended_at,
           channel, category, outcome, effort_index, signal_count, signals, ces, csat, nps, event_count
         FROM interaction_facts ORDER BY interaction_id`,
      [],
    );
  };

  it('folds one batch into one row', async () => {
    const key = customerKey();
    const events = call(key);
    expect((await send(events)).status).toBe(200);
    expect(await facts()).toEqual([expectedRow(events, key)]);
  });

  it('gives the same row when events come late, reversed, one by one and twice', async () => {
    const key = customerKey();
    const events = call(key);
    for (const event of [...events].reverse()) expect((await send([event])).status).toBe(200);
    expect((await send(events.slice(2, 6))).status).toBe(200); // duplicates change nothing
    expect(await facts()).toEqual([expectedRow(events, key)]);
  });

  it('gives the same row when two instances store one interaction’s events at once', async () => {
    const key = customerKey();
    const events = call(key);
    const other = await collector.another();
    // A token per request: one token may have only 4 uploads in flight (429).
    const replies = await Promise.all(
      events.map((event, i) =>
        postTo(i % 2 ? other : collector.url, collector.token('team-a', 'agent', 'a1'), event),
      ),
    );
    expect(replies.map((reply) => reply.status)).toEqual(events.map(() => 200));
    expect(await facts()).toEqual([expectedRow(events, key)]);
  });

  it('keeps the started event’s agent when another agent sends later events', async () => {
    const key = customerKey();
    const events = call(key);
    await send(events.slice(1), 'a2');
    await send(events.slice(0, 1), 'a1');
    expect((await facts())[0]).toMatchObject({ agent_id: 'a1', event_count: events.length });
  });

  it('keeps teams apart even for one interaction id', async () => {
    const events = call(customerKey());
    await send(events);
    await collector.request('POST', '/v1/events', {
      token: collector.token('team-b', 'agent', 'b1'),
      body: upload(events.slice(1, 2).map((e) => ({ ...e, id: randomUUID(), type: 'escalation' }))),
    });
    const rows = await facts();
    expect(rows.map((r) => [r.team_id, r.effort_index])).toEqual(
      expect.arrayContaining([
        ['team-a', 45],
        ['team-b', 20],
      ]),
    );
  });
});
