// @vitest-environment node
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { agent, CASES, post } from './bad-requests';
import { call, DATABASES, makeEvent, upload, useCollector, type Collector } from './harness';

/** POSTs `chunks` without Content-Length (Transfer-Encoding: chunked), as a streaming client would. */
function postChunked(
  url: string,
  token: string,
  chunks: string[],
): Promise<{ status: number; connection: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const req = request(`${url}/v1/events`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }),
      );
    });
    // The server may answer 413 and close before the whole body is written.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

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

  it('limits a chunked body (no Content-Length) as it streams: 413 past 1 MB, read whole below', async () => {
    const event = makeEvent();
    const text = JSON.stringify(upload([event]));
    const small = await postChunked(collector.url, agent(collector), [
      text.slice(0, 20),
      text.slice(20),
    ]);
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body)).toEqual({ results: [{ id: event.id, status: 'accepted' }] });

    const big = JSON.stringify(upload([makeEvent({ attributes: { pad: 'x'.repeat(1_100_000) } })]));
    const chunks = Array.from({ length: Math.ceil(big.length / 65_536) }, (_, i) =>
      big.slice(i * 65_536, (i + 1) * 65_536),
    );
    const refused = await postChunked(collector.url, agent(collector), chunks);
    expect(refused.status).toBe(413);
    expect(refused.connection).toBe('close');
    expect(JSON.parse(refused.body)).toEqual({ error: 'request body exceeds 1000000 bytes' });
    expect(await collector.eventCount()).toBe(1);
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
