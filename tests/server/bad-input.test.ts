// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signToken } from '../../server/auth';
import { call, DATABASES, makeEvent, upload, useCollector, type Collector } from './harness';

interface Case {
  name: string;
  status: number;
  send: (c: Collector) => ReturnType<Collector['request']>;
}

const agent = (c: Collector) => c.token('team-a', 'agent', 'agent-1');
const post = (c: Collector, body: unknown, token = agent(c), headers?: Record<string, string>) =>
  c.request('POST', '/v1/events', { token, body, ...(headers && { headers }) });

/** Whole-request problems: the right 4xx, and not one row stored (issue 6, "Bad input"). */
const CASES: Case[] = [
  { name: 'malformed JSON', status: 400, send: (c) => post(c, '{"clientId": "x", "events": [') },
  { name: 'a JSON array', status: 400, send: (c) => post(c, [makeEvent()]) },
  { name: 'null', status: 400, send: (c) => post(c, 'null') },
  {
    name: 'events not an array',
    status: 400,
    send: (c) => post(c, { clientId: 'x', events: makeEvent() }),
  },
  {
    name: 'clientId a number',
    status: 400,
    send: (c) => post(c, { clientId: 7, events: [makeEvent()] }),
  },
  { name: 'clientId missing', status: 400, send: (c) => post(c, { events: [makeEvent()] }) },
  {
    name: 'an unknown top-level field',
    status: 400,
    send: (c) => post(c, { ...upload([makeEvent()]), extra: 1 }),
  },
  {
    name: 'an event id a number',
    status: 400,
    send: (c) => post(c, upload([{ ...makeEvent(), id: 12 }])),
  },
  { name: 'an event a string', status: 400, send: (c) => post(c, upload(['event'])) },
  {
    name: 'a body over 1 MB',
    status: 413,
    send: (c) => post(c, upload([makeEvent({ attributes: { pad: 'x'.repeat(1_100_000) } })])),
  },
  {
    name: '501 events',
    status: 413,
    send: (c) => post(c, upload(Array.from({ length: 501 }, () => makeEvent()))),
  },
  {
    name: 'not declared as JSON',
    status: 415,
    send: (c) =>
      post(c, JSON.stringify(upload([makeEvent()])), agent(c), { 'content-type': 'text/plain' }),
  },
  {
    name: 'no token',
    status: 401,
    send: (c) => c.request('POST', '/v1/events', { body: upload([makeEvent()]) }),
  },
  {
    name: 'a garbage token',
    status: 401,
    send: (c) => post(c, upload([makeEvent()]), 'eff1.nope.nope'),
  },
  {
    name: 'a token signed with another secret',
    status: 401,
    send: (c) =>
      post(c, upload([makeEvent()]), signToken(randomBytes(32), { team: 'team-a', role: 'agent' })),
  },
  {
    name: 'a token with a forged role',
    status: 401,
    send: (c) => {
      const [prefix, payload, mac] = agent(c).split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object;
      const forged = Buffer.from(JSON.stringify({ ...claims, role: 'trainer' })).toString(
        'base64url',
      );
      return post(c, upload([makeEvent()]), `${prefix}.${forged}.${mac}`);
    },
  },
  {
    name: 'a lead posting events',
    status: 403,
    send: (c) => post(c, upload([makeEvent()]), c.token('team-a', 'lead')),
  },
  {
    name: 'a trainer posting events',
    status: 403,
    send: (c) => post(c, upload([makeEvent()]), c.token('team-a', 'trainer')),
  },
  {
    name: 'an agent publishing a checklist',
    status: 403,
    send: (c) =>
      c.request('PUT', '/v1/checklists/billing', {
        token: agent(c),
        body: { version: 1, checklist: {} },
      }),
  },
  {
    name: 'a lead publishing a checklist',
    status: 403,
    send: (c) =>
      c.request('PUT', '/v1/checklists/billing', {
        token: c.token('team-a', 'lead'),
        body: { version: 1, checklist: {} },
      }),
  },
  {
    name: 'an agent reading the summary',
    status: 403,
    send: (c) => c.request('GET', '/v1/summary', { token: agent(c) }),
  },
  {
    name: 'a trainer looking up contacts',
    status: 403,
    send: (c) =>
      c.request('GET', `/v1/customers/k1.${'a'.repeat(43)}/contacts`, {
        token: c.token('team-a', 'trainer'),
      }),
  },
  {
    name: 'a checklist over 64 KB',
    status: 413,
    send: (c) =>
      c.request('PUT', '/v1/checklists/big', {
        token: c.token('team-a', 'trainer'),
        body: { version: 1, checklist: { items: 'x'.repeat(80_000) } },
      }),
  },
  {
    name: 'a checklist version that is not an integer',
    status: 400,
    send: (c) =>
      c.request('PUT', '/v1/checklists/billing', {
        token: c.token('team-a', 'trainer'),
        body: { version: '2', checklist: {} },
      }),
  },
  {
    name: 'a checklist id with a space',
    status: 400,
    send: (c) =>
      c.request('PUT', '/v1/checklists/a%20b', {
        token: c.token('team-a', 'trainer'),
        body: { version: 1, checklist: {} },
      }),
  },
  {
    name: 'a summary window backwards',
    status: 400,
    send: (c) =>
      c.request('GET', '/v1/summary?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', {
        token: c.token('team-a', 'lead'),
      }),
  },
  {
    name: 'a contacts lookup by a raw email',
    status: 400,
    send: (c) =>
      c.request('GET', '/v1/customers/jane.doe@example.com/contacts', { token: agent(c) }),
  },
  {
    name: 'contacts over too many days',
    status: 400,
    send: (c) =>
      c.request('GET', `/v1/customers/k1.${'a'.repeat(43)}/contacts?days=9999`, {
        token: agent(c),
      }),
  },
];

async function storedRows(c: Collector): Promise<number> {
  const [row] = await c.driver.query(
    'SELECT (SELECT count(*) FROM events)::int + (SELECT count(*) FROM checklists)::int AS n',
    [],
  );
  return Number(row?.n);
}

describe.each(DATABASES)('bad requests on %s', (kind) => {
  const collector = useCollector(kind);

  it.each(CASES)('$name → $status, nothing stored', async ({ status, send }) => {
    const reply = await send(collector);
    expect(reply.status).toBe(status);
    expect(reply.body.error).toEqual(expect.any(String));
    if (status === 401) expect(reply.headers.get('www-authenticate')).toBe('Bearer');
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
