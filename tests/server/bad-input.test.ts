// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { agent, CASES, post } from './bad-requests';
import { call, DATABASES, makeEvent, upload, useCollector, type Collector } from './harness';

async function storedRows(c: Collector): Promise<number> {
  const [row] = await c.driver.query(
    'SELECT (SELECT count(*) FROM events)::int + (SELECT count(*) FROM checklists)::int AS n',
    [],
  );
  return Number(row?.n);
}

describe.each(DATABASES)('bad requests on %s', (kind) => {
  const collector = useCollector(kind);

  it.each(CASES)('$name → $status, nothing stored', async ({ name, status, send }) => {
    const reply = await send(collector);
    expect(reply.status).toBe(status);
    expect(reply.body.error).toEqual(expect.any(String));
    if (status === 401) expect(reply.headers.get('www-authenticate')).toBe('Bearer');
    if (name === 'an expired token') expect(reply.body.error).toBe('token expired');
    expect(await storedRows(collector)).toBe(0);
  });

  it('fuzz: random mutations of a valid request never store anything they should not', async () => {
    const junk = [
      null,
      0,
      -1,
      Number.MAX_VALUE,
      '',
      'x'.repeat(300),
      [],
      {},
      true,
      '\u0000',
      '😀'.repeat(50),
    ];
    const fields = [
      'clientId',
      'events',
      'id',
      'type',
      'at',
      'interactionId',
      'customerKey',
      'attributes',
    ];
    let accepted = 0;
    for (let round = 0; round < 60; round++) {
      const event: Record<string, unknown> = { ...makeEvent() };
      const body: Record<string, unknown> = upload([event]);
      const field = fields[round % fields.length] ?? 'type';
      const value = junk[round % junk.length];
      if (field in body) body[field] = value;
      else event[field] = value;
      const reply = await post(collector, body);
      expect([200, 400]).toContain(reply.status);
      const results = (reply.body.results ?? []) as { status: string }[];
      accepted += results.filter((r) => r.status === 'accepted').length;
    }
    // Only mutations that left the event valid (an absent optional field) may store a row.
    expect(await collector.eventCount()).toBe(accepted);
  });

  it('sheds load with 503 and Retry-After when the ingest limit is reached, storing nothing', async () => {
    const busy = await collector.another({ maxInFlight: 0 });
    const reply = await call(busy, 'POST', '/v1/events', {
      token: agent(collector),
      body: upload([makeEvent()]),
    });
    expect(reply.status).toBe(503);
    expect(reply.headers.get('retry-after')).toBe('1');
    expect(await collector.eventCount()).toBe(0);
  });

  it('answers 429 with Retry-After when one token has too many requests in flight', async () => {
    const strict = await collector.another({ maxInFlightPerToken: 0 });
    const reply = await call(strict, 'POST', '/v1/events', {
      token: agent(collector),
      body: upload([makeEvent()]),
    });
    expect(reply.status).toBe(429);
    expect(reply.headers.get('retry-after')).toBe('1');
    expect(await collector.eventCount()).toBe(0);
  });

  it('answers unknown paths with a JSON 404 and health without a token', async () => {
    expect((await collector.request('GET', '/v1/nope')).status).toBe(404);
    const health = await collector.request('GET', '/v1/health');
    expect(health).toMatchObject({ status: 200, body: { ok: true } });
  });
});
