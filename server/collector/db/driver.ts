import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { MigrationConfig } from 'drizzle-orm/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { tables } from './schema';

/** The Drizzle database both drivers expose; routes only ever see this type. */
export type Db = PgDatabase<PgQueryResultHKT, typeof tables>;

export type Row = Record<string, unknown>;
/** Runs raw SQL (several statements allowed when there are no parameters). */
export type RawQuery = (text: string, params?: unknown[]) => Promise<Row[]>;

/** One open database: PGlite (embedded, a data directory) or PostgreSQL (a pool). */
export interface Driver {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Raw SQL on any connection (the bench baseline, tests). */
  readonly query: RawQuery;
  /**
   * Runs `fn` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws); `query` runs on the
   * transaction's connection.
   */
  transaction<T>(fn: (query: RawQuery) => Promise<T>): Promise<T>;
  /** Drizzle's migrator for this driver (see ./migrate.ts, which calls it under `exclusive`). */
  migrate(config: MigrationConfig): Promise<void>;
  /**
   * Runs `fn` while no other caller holding `lockId` runs, in this process or, on PostgreSQL, in
   * any process on the same database (a session advisory lock on a connection of its own).
   */
  exclusive<T>(lockId: number, fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens PGlite on disk. Only one process may open a data directory at a time: callers hold the
 * lock from ./lock.ts first.
 */
export async function openPglite(dir: string): Promise<Driver> {
  await mkdir(dir, { recursive: true });
  const client = await PGlite.create(dir);
  const db = drizzlePglite({ client, schema: tables });
  // One process per data directory (./lock.ts), so a queue in this process is exclusive enough.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    kind: 'pglite',
    db: db as unknown as Db,
    query: async (text, params) =>
      params
        ? (await client.query<Row>(text, params)).rows
        : ((await client.exec(text)).at(-1)?.rows ?? []),
    transaction: (fn) =>
      client.transaction((tx) =>
        fn(async (text, params) => (await tx.query<Row>(text, params)).rows),
      ),
    migrate: (config) => migratePglite(db, config),
    exclusive: (_lockId, fn) => {
      const run = queue.then(fn);
      queue = run.catch(() => undefined);
      return run;
    },
    close: () => client.close(),
  };
}

/**
 * Connects to PostgreSQL. `searchPath` puts every table in one schema (tests give each suite its
 * own); production leaves it unset.
 */
export async function openPostgres(url: string, searchPath?: string): Promise<Driver> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    ...(searchPath && { options: `-c search_path=${searchPath}` }),
  });
  const rowsOf = (result: pg.QueryResult<Row> | pg.QueryResult<Row>[]) =>
    Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;
  // Fail at start-up, not on the first request, when the URL is wrong.
  await pool.query('SELECT 1');
  const db = drizzlePg({ client: pool, schema: tables });
  return {
    kind: 'postgres',
    db: db as unknown as Db,
    query: async (text, params) => rowsOf(await pool.query<Row>(text, params)),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(
          async (text, params) => (await client.query<Row>(text, params)).rows,
        );
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    migrate: (config) => migratePg(db, config),
    exclusive: async (lockId, fn) => {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [lockId]);
        try {
          return await fn();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [lockId]);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
