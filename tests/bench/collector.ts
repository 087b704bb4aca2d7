// Collector ingest throughput (issue 6): events/s through HTTP vs a raw batched INSERT of the same rows.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { SyncEvent } from '../../lib/sync/schema';
import { createApp } from '../../server/collector/app';
import { signToken } from '../../server/collector/auth';
import { openPglite, openPostgres, type Driver } from '../../server/collector/db/driver';
import { INSERT_EVENTS_SQL, insertEventsParams } from '../../server/collector/db/insert-events';
import { migrate } from '../../server/collector/db/migrate';
import { httpInsert, startClient } from './collector-client';
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

/** The issue's baseline: one multi-row INSERT … ON CONFLICT DO NOTHING per batch, no HTTP, no validation. */
async function valuesInsert(driver: Driver, events: SyncEvent[]): Promise<void> {
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

/** The collector's own statement (unnest of column arrays) without HTTP or validation. */
async function statementInsert(driver: Driver, events: SyncEvent[]): Promise<void> {
  for (const batch of batches(events)) {
    const rows = batch.map((e) => ({
      ...e,
      teamId: 'bench',
      agentId: 'agent-1',
      clientId: 'bench',
    }));
    await driver.query(INSERT_EVENTS_SQL, insertEventsParams(rows));
  }
}

/** The request bodies of POST /v1/events, one per batch. */
const bodies = (events: SyncEvent[]): string[] =>
  batches(events).map((batch) => JSON.stringify({ clientId: 'bench', events: batch }));

/** Starts the collector in this process on `driver`; returns its URL and how to stop it. */
function startCollector(
  driver: Driver,
  secret: Uint8Array,
): Promise<{ url: string; close: () => void }> {
  return new Promise((resolve) => {
    const server = serve(
      { fetch: createApp({ driver, secret }).fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) =>
        resolve({ url: `http://127.0.0.1:${info.port}`, close: () => server.close() }),
    );
  });
}

/** Best of ROUNDS for each path, interleaved so warm-up and disk caches favour none. */
async function measureOn(driver: Driver, label: string): Promise<Figure[]> {
  await migrate(driver);
  const secret = randomBytes(32);
  const server = await startCollector(driver, secret);
  const events = makeEvents();
  const client = startClient(
    server.url,
    await signToken(secret, { team: 'bench', role: 'agent', agent: 'agent-1' }),
    bodies(events), // serialised ahead: building them is the client's work
  );
  const paths = {
    values: () => valuesInsert(driver, events),
    statement: () => statementInsert(driver, events),
    http: () => httpInsert(client),
  };
  const best = { values: 0, statement: 0, http: 0 };
  try {
    // Warm-up: JIT, connections, the statement caches.
    await valuesInsert(driver, events.slice(0, BATCH));
    await driver.query('TRUNCATE events', []);
    await httpInsert(client, 0, 1);
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of ['values', 'statement', 'http'] as const) {
        await driver.query('TRUNCATE events', []);
        const start = performance.now();
        await paths[name]();
        best[name] = Math.max(best[name], EVENTS / ((performance.now() - start) / 1000));
      }
    }
  } finally {
    await client.terminate();
    server.close();
  }
  const setup = `${EVENTS} events in batches of ${BATCH}, best of ${ROUNDS}`;
  const rate = (name: string, value: number, note: string): Figure => ({
    name: `${name} (${label})`,
    value,
    unit: 'events/s',
    better: 'higher',
    note,
  });
  return [
    rate('collector ingest', best.http, `POST /v1/events, one client; ${setup}`),
    rate('raw INSERT … ON CONFLICT', best.values, 'multi-row VALUES, no HTTP'),
    {
      name: `collector / raw insert (${label})`,
      value: best.http / best.values,
      unit: '×',
      target: 0.8,
      better: 'higher',
    },
    rate('collector statement alone', best.statement, 'its unnest INSERT, no HTTP'),
    {
      name: `collector / its statement alone (${label})`,
      value: best.http / best.statement,
      unit: '×',
      better: 'higher',
      note: 'what HTTP + JSON + validation leave',
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
