// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventUploadResponseSchema } from '../../lib/sync/schema';
import { DATABASES, makeEvent, upload, useCollector } from './harness';

/** Issue 6: every event arrives exactly once, whatever the client resends. */
describe.each(DATABASES)('event ingest on %s', (kind) => {
  const collector = useCollector(kind);
  const agent = () => collector.token('team-a', 'agent', 'agent-1');

  async function storedIds(): Promise<string[]> {
    const rows = await collector.driver.query('SELECT id FROM events ORDER BY id', []);
    return rows.map((r) => String(r.id));
  }

  it('accepts new events, then reports them as duplicates on resend', async () => {
    const events = Array.from({ length: 20 }, () => makeEvent());
    const first = await collector.request('POST', '/v1/events', {
      token: agent(),
      body: upload(events),
    });
    expect(first.status).toBe(200);
    const { results } = eventUploadResponseSchema.parse(first.body);
    expect(results).toEqual(events.map((e) => ({ id: e.id, status: 'accepted' })));

    const again = await collector.request('POST', '/v1/events', {
      token: agent(),
      body: upload(events),
    });
    expect(eventUploadResponseSchema.parse(again.body).results.map((r) => r.status)).toEqual(
      events.map(() => 'duplicate'),
    );
    // The invariant: the ids stored are the ids sent, each once.
    expect(await storedIds()).toEqual(events.map((e) => e.id).sort());
    expect(await collector.eventCount()).toBe(events.length);
  });

  it('stores the team and agent of the token and the time it received the event', async () => {
    const event = makeEvent({ attributes: { toQueue: 'billing' } });
    await collector.request('POST', '/v1/events', {
      token: agent(),
      body: upload([event], 'tab-7'),
    });
    const [row] = await collector.driver.query(
      'SELECT team_id, agent_id, client_id, type, attributes, received_at FROM events',
      [],
    );
    expect(row).toMatchObject({
      team_id: 'team-a',
      agent_id: 'agent-1',
      client_id: 'tab-7',
      type: 'transfer',
      attributes: { toQueue: 'billing' },
    });
    expect(row?.received_at).toBeTruthy();
  });

  it('stores text exactly as sent, awkward characters included', async () => {
    const awkward = 'a "quoted", {braced} \\back\\slash\nnew line, NULL, ünïcödé 😀';
    const event = makeEvent({
      type: 'hold',
      attributes: { note: awkward, list: [awkward, null, 1.5] },
    });
    const bare = makeEvent(); // no customer key, no attributes: NULLs inside the arrays
    await collector.request('POST', '/v1/events', { token: agent(), body: upload([event, bare]) });
    const rows = await collector.driver.query(
      'SELECT id, attributes, customer_key FROM events',
      [],
    );
    expect(rows.find((r) => r.id === event.id)?.attributes).toEqual(event.attributes);
    expect(rows.find((r) => r.id === bare.id)).toMatchObject({
      attributes: null,
      customer_key: null,
    });
  });

  it('rejects a poison event alone and stores the rest of its batch', async () => {
    const good = [makeEvent(), makeEvent(), makeEvent()];
    const poison = { ...makeEvent(), type: 'Not A Type!' };
    // Passes the schema but not PostgreSQL (no year 0): the collector must isolate it too.
    const refusedByDatabase = makeEvent({ at: '0000-01-01T00:00:00Z' });
    const batch = [good[0], poison, good[1], refusedByDatabase, good[2]];
    const reply = await collector.request('POST', '/v1/events', {
      token: agent(),
      body: upload(batch),
    });
    expect(reply.status).toBe(200);
    const { results } = eventUploadResponseSchema.parse(reply.body);
    expect(results.map((r) => r.status)).toEqual([
      'accepted',
      'rejected',
      'accepted',
      'rejected',
      'accepted',
    ]);
    expect(results[1]?.message).toMatch(/type/);
    expect(await storedIds()).toEqual(good.map((e) => e.id).sort());
  });

  it('answers one result per event in request order, even for an id repeated in one request', async () => {
    const event = makeEvent();
    const other = makeEvent();
    const reply = await collector.request('POST', '/v1/events', {
      token: agent(),
      body: upload([event, other, { ...event, id: event.id.toUpperCase() }, { id: 'not-a-uuid' }]),
    });
    expect(eventUploadResponseSchema.parse(reply.body).results).toEqual([
      { id: event.id, status: 'accepted' },
      { id: other.id, status: 'accepted' },
      { id: event.id.toUpperCase(), status: 'duplicate' },
      expect.objectContaining({ id: 'not-a-uuid', status: 'rejected' }),
    ]);
    expect(await collector.eventCount()).toBe(2);
  });

  it('stores each id once when two collectors receive the same batches at once', async () => {
    const second = await collector.another();
    const events = Array.from({ length: 300 }, () => makeEvent());
    const [a, b] = await Promise.all(
      [collector.url, second].map((base) =>
        fetch(`${base}/v1/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${agent()}` },
          body: JSON.stringify(upload(events)),
        }).then(async (r) => eventUploadResponseSchema.parse(await r.json()).results),
      ),
    );
    // Each event is accepted by exactly one of the two requests.
    events.forEach((_, i) => {
      expect([a?.[i]?.status, b?.[i]?.status].sort()).toEqual(['accepted', 'duplicate']);
    });
    expect(await storedIds()).toEqual(events.map((e) => e.id).sort());
    expect(await collector.eventCount()).toBe(events.length);
  });

  it('accepts a full batch of 500 events in one request', async () => {
    const events = Array.from({ length: 500 }, () =>
      makeEvent({ attributes: { durationSeconds: 42 } }),
    );
    const reply = await collector.request('POST', '/v1/events', {
      token: agent(),
      body: upload(events),
    });
    expect(reply.status).toBe(200);
    expect(await collector.eventCount()).toBe(500);
  });
});
