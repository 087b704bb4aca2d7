// Collector ingest throughput (issue 6): events/s through HTTP vs a raw batched INSERT of the same rows.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import type { SyncEvent } from '../../lib/sync/schema';
import { createApp } from '../../server/app';
import { signToken } from '../../server/auth';
import { openPglite, openPostgres, type Driver } from '../../server/db/driver';
import { migrate } from '../../server/db/migrate';
import type { Figure } from './report';

const EVENTS = 20_000;
const BATCH = 500;
const ROUNDS = 5;
const COLUMNS = [
  'id',
  'team_id',
  'agent_id',
  'client_id',
  'type',
  'at',
  'interaction_id',
  'customer_key',
  'attributes',
];

/** Events shaped like the extension's: a customer key, small attributes, a few types. */
function makeEvents(): SyncEvent[] {
  const types = ['transfer', 'hold', 'repeated_info', 'interaction_started'];
  return Array.from({ length: EVENTS }, (_, i) => ({
    id: randomUUID(),
    type: types[i % types.length] ?? 'transfer',
    at: new Date(Date.now() - i * 1000).toISOString(),
    interactionId: randomUUID(),
    customerKey: `team-1.${randomBytes(32).toString('base64url')}`,
    attributes: { field: 'accountNumber', durationSeconds: i % 600 },
  }));
}

const batches = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, i) =>
    items.slice(i * BATCH, (i + 1) * BATCH),
  );

/** The baseline: one multi-row INSERT … ON CONFLICT DO NOTHING per batch, no HTTP, no validation. */
async function rawInsert(driver: Driver, events: SyncEvent[]): Promise<void> {
  for (const batch of batches(events)) {
    const params: unknown[] = [];
    const tuples = batch.map((e) => {
      params.push(
        e.id,
        'bench',
        'agent-1',
        'bench',
        e.type,
        e.at,
        e.interactionId,
        e.customerKey,
        JSON.stringify(e.attributes),
      );
      const base = params.length - COLUMNS.length;
      return `(${COLUMNS.map((_, i) => `$${base + i + 1}${i === 8 ? '::jsonb' : ''}`).join(', ')})`;
    });
    await driver.query(
      `INSERT INTO events (${COLUMNS.join(', ')}) VALUES ${tuples.join(', ')} ON CONFLICT (id) DO NOTHING`,
      params,
    );
  }
}

/** Request bodies, serialised ahead: building them is the client's work, not the collector's. */
const bodies = (events: SyncEvent[]): string[] =>
  batches(events).map((batch) => JSON.stringify({ clientId: 'bench', events: batch }));

/**
 * The HTTP client, in a worker thread: in production the extension runs in another process, so
 * the client's CPU must not share the collector's thread (PGlite runs on that thread too). It
 * POSTs the bodies one after another, as the extension's drain does, on one keep-alive socket.
 */
const CLIENT = `
const http = require('node:http');
const { parentPort, workerData: { url, token } } = require('node:worker_threads');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const post = (body) => new Promise((resolve, reject) => {
  const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: 'Bearer ' + token };
  const request = http.request(url + '/v1/events', { method: 'POST', agent, headers }, (response) => {
    const chunks = [];
    response.on('data', (chunk) => chunks.push(chunk));
    response.on('end', () => resolve(Buffer.concat(chunks).toString()));
    response.on('error', reject);
  });
  request.on('error', reject);
  request.end(body);
});
parentPort.on('message', async (bodies) => {
  try {
    for (const body of bodies) {
      const { results } = JSON.parse(await post(body));
      if (!results || results.some((r) => r.status !== 'accepted')) throw new Error('an event was not accepted');
    }
    parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage(String(error));
  }
});
`;

/** Sends `requests` through the worker client; resolves when all are answered. */
function httpInsert(client: Worker, requests: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    client.once('message', (error: string | null) =>
      error ? reject(new Error(`bench: ${error}`)) : resolve(),
    );
    client.postMessage(requests);
  });
}

async function timed(reset: () => Promise<unknown>, work: () => Promise<void>): Promise<number> {
  await reset();
  const start = performance.now();
  await work();
  return EVENTS / ((performance.now() - start) / 1000);
}

/** Best of ROUNDS for each path, alternating so warm-up and disk caches favour neither. */
async function measureOn(driver: Driver, label: string): Promise<Figure[]> {
  await migrate(driver);
  const secret = randomBytes(32);
  const server = await new Promise<{ url: string; close: () => void }>((resolve) => {
    const s = serve(
      { fetch: createApp({ driver, secret }).fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) =>
        resolve({ url: `http://127.0.0.1:${info.port}`, close: () => s.close() }),
    );
  });
  const token = signToken(secret, { team: 'bench', role: 'agent', agent: 'agent-1' });
  const client = new Worker(CLIENT, { eval: true, workerData: { url: server.url, token } });
  const events = makeEvents();
  const requests = bodies(events);
  const reset = () => driver.query('TRUNCATE events', []);
  let raw = 0;
  let http = 0;
  try {
    await timed(reset, () => rawInsert(driver, events.slice(0, BATCH)));
    await timed(reset, () => httpInsert(client, requests.slice(0, 1)));
    for (let round = 0; round < ROUNDS; round++) {
      raw = Math.max(raw, await timed(reset, () => rawInsert(driver, events)));
      http = Math.max(http, await timed(reset, () => httpInsert(client, requests)));
    }
  } finally {
    await client.terminate();
    server.close();
  }
  const note = `${EVENTS} events, batches of ${BATCH}, best of ${ROUNDS}`;
  return [
    { name: `collector ingest (${label})`, value: http, unit: 'events/s', better: 'higher', note },
    {
      name: `raw INSERT … ON CONFLICT (${label})`,
      value: raw,
      unit: 'events/s',
      better: 'higher',
      note,
    },
    {
      name: `collector / raw insert (${label})`,
      value: http / raw,
      unit: '×',
      target: 0.8,
      better: 'higher',
      note: 'HTTP + JSON + validation overhead',
    },
  ];
}

/**
 * Collector ingest events/s on PGlite (a fresh temp directory) and, when BENCH_DATABASE_URL or
 * TEST_DATABASE_URL is set, on PostgreSQL (a throw-away schema), each as a ratio to a raw
 * batched INSERT of the same rows on the same database.
 */
export async function measureCollector(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'effortless-bench-'));
  const pglite = await openPglite(dir);
  try {
    figures.push(...(await measureOn(pglite, 'PGlite')));
  } finally {
    await pglite.close();
    await rm(dir, { recursive: true, force: true });
  }
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) return figures;
  const schema = `bench_${randomUUID().replace(/-/g, '')}`;
  const admin = await openPostgres(url);
  await admin.query(`CREATE SCHEMA ${schema}`);
  const postgres = await openPostgres(url, schema);
  try {
    figures.push(...(await measureOn(postgres, 'PostgreSQL')));
  } finally {
    await postgres.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.close();
  }
  return figures;
}
