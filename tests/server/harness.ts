import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { SyncEvent } from '../../lib/sync/schema';
import { createApp, type AppDeps } from '../../server/collector/app';
import type { Claims, Role } from '../../server/collector/auth';
import { openPglite, openPostgres, type Driver } from '../../server/collector/db/driver';
import { migrate } from '../../server/collector/db/migrate';

/** The databases every collector suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const DATABASES: readonly Driver['kind'][] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

/** Opening a fresh PGlite costs seconds; hooks that do it get this long. */
export const SLOW = 180_000;

const MIGRATIONS = new URL('../../server/collector/db/migrations/', import.meta.url);

/**
 * A migrated, closed PGlite directory, built once per migration set and copied for each suite:
 * creating a PGlite database takes 4–15 s, copying and reopening one well under that.
 */
export async function pgliteTemplate(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(new URL('meta/_journal.json', MIGRATIONS)));
  for (const file of (await readdir(MIGRATIONS)).filter((f) => f.endsWith('.sql')).sort())
    hash.update(await readFile(new URL(file, MIGRATIONS)));
  const template = join(tmpdir(), `effortless-pglite-template-${hash.digest('hex').slice(0, 16)}`);
  if ((await readdir(template).catch(() => [])).length > 0) return template;
  const building = await mkdtemp(`${template}-building-`);
  const driver = await openPglite(building);
  await migrate(driver);
  await driver.close();
  // Suites in other workers may race to build it: rename is atomic, the loser drops its copy.
  await rename(building, template).catch(() => rm(building, { recursive: true, force: true }));
  return template;
}

type Opened = { driver: Driver; dispose: () => Promise<void> };

/** An empty database of one kind (a new PGlite directory, or a new PostgreSQL schema). */
export async function openEmptyDriver(kind: Driver['kind'], template?: string): Promise<Opened> {
  if (kind === 'pglite') {
    const dir = await mkdtemp(join(tmpdir(), 'effortless-collector-'));
    if (template) await cp(template, dir, { recursive: true });
    const driver = await openPglite(dir);
    return {
      driver,
      dispose: async () => (await driver.close(), await rm(dir, { recursive: true, force: true })),
    };
  }
  const url = process.env.TEST_DATABASE_URL ?? '';
  const schema = `test_${randomUUID().replace(/-/g, '')}`;
  const admin = await openPostgres(url);
  await admin.query(`CREATE SCHEMA ${schema}`);
  const driver = await openPostgres(url, schema);
  return {
    driver,
    dispose: async () => {
      await driver.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
    },
  };
}

/** A fresh, migrated database of one kind, and how to throw it away. */
export async function openTestDriver(kind: Driver['kind']): Promise<Opened> {
  const opened = await openEmptyDriver(
    kind,
    kind === 'pglite' ? await pgliteTemplate() : undefined,
  );
  await migrate(opened.driver);
  return opened;
}

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * An HS256 JWT as `signToken` makes, minted synchronously so suites can call `token()` inline
 * (hono/jwt signs through WebCrypto, which is async). An encoder independent of the collector's:
 * every suite checks that the collector accepts standard JWTs; tests/server/tokens.test.ts checks
 * `signToken` itself.
 */
export function testToken(
  secret: Uint8Array,
  claims: Omit<Claims, 'jti' | 'iat'> & Partial<Pick<Claims, 'jti' | 'iat'>>,
): string {
  const body = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({
    jti: randomUUID(),
    iat: Math.floor(Date.now() / 1000),
    ...claims,
  })}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
}

/** A running collector over HTTP, with helpers to call it and inspect what it stored. */
export interface Collector {
  url: string;
  driver: Driver;
  secret: Uint8Array;
  token(team: string, role: Role, agent?: string): string;
  request(
    method: string,
    path: string,
    options?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Reply>;
  /** Rows in the events table (all teams). */
  eventCount(): Promise<number>;
  /** Starts one more instance on the same database (the "several instances" deployment). */
  another(limits?: AppDeps['limits']): Promise<string>;
}

export interface Reply {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

async function listen(deps: AppDeps, stops: (() => void)[]): Promise<string> {
  return new Promise((resolve) => {
    const server = serve(
      { fetch: createApp(deps).fetch, port: 0, hostname: '127.0.0.1' },
      (info: AddressInfo) => resolve(`http://127.0.0.1:${info.port}`),
    );
    stops.push(() => {
      server.close();
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
  });
}

/**
 * Registers hooks that start a collector on a fresh database of `kind` for the whole file and
 * empty its tables before each test. Read the returned object inside tests only.
 */
export function useCollector(kind: Driver['kind'], limits?: AppDeps['limits']): Collector {
  const ctx = {} as Collector;
  const stops: (() => void)[] = [];
  let dispose = async () => {};
  beforeAll(async () => {
    const opened = await openTestDriver(kind);
    dispose = opened.dispose;
    const secret = randomBytes(32);
    const deps = { driver: opened.driver, secret, ...(limits && { limits }) };
    Object.assign(ctx, {
      url: await listen(deps, stops),
      driver: opened.driver,
      secret,
      token: (team: string, role: Role, agent?: string) =>
        testToken(secret, { team, role, ...(agent && { agent }) }),
      request: (method, path, options = {}) => call(ctx.url, method, path, options),
      eventCount: async () =>
        Number((await opened.driver.query('SELECT count(*)::int AS n FROM events', []))[0]?.n),
      another: (more) => listen({ ...deps, ...(more && { limits: more }) }, stops),
    } satisfies Collector);
  }, SLOW);
  beforeEach(async () => {
    await ctx.driver.query('TRUNCATE events, interaction_facts, checklists', []);
  });
  afterAll(async () => {
    for (const stop of stops) stop();
    await dispose();
  }, SLOW);
  return ctx;
}

/** One HTTP call; a body that is a string is sent as is (for malformed-JSON cases). */
export async function call(
  base: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {
    ...(options.body !== undefined && { 'content-type': 'application/json' }),
    ...(options.token && { authorization: `Bearer ${options.token}` }),
    ...options.headers,
  };
  const body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(options.body !== undefined && { body }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

/** A pseudonymous customer key in the extension's shape (`keyId.base64url(HMAC)`). */
export const customerKey = (): string => `team-key-1.${randomBytes(32).toString('base64url')}`;

/** A valid event; override any field. */
export function makeEvent(overrides: Partial<SyncEvent> = {}): SyncEvent {
  return {
    id: randomUUID(),
    type: 'transfer',
    at: new Date().toISOString(),
    interactionId: randomUUID(),
    ...overrides,
  };
}

/** The body of `POST /v1/events`. */
export const upload = (events: readonly unknown[], clientId = 'test-client') => ({
  clientId,
  events,
});
