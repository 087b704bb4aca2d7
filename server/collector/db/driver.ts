import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
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
  /** Raw SQL inside one transaction on one connection (migrations). */
  transaction<T>(fn: (query: RawQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * Opens PGlite on disk. Only one process may open a data directory at a time: callers hold the
 * lock from ./lock.ts first.
 */
export async function openPglite(dir: string): Promise<Driver> {
  await mkdir(dir, { recursive: true });
  const client = await PGlite.create(dir);
  const query: RawQuery = async (text, params) =>
    params
      ? (await client.query<Row>(text, params)).rows
      : ((await client.exec(text)).at(-1)?.rows ?? []);
  return {
    kind: 'pglite',
    db: drizzlePglite({ client, schema: tables }) as unknown as Db,
    query,
    transaction: (fn) =>
      client.transaction((tx) =>
        fn(async (text, params) =>
          params
            ? (await tx.query<Row>(text, params)).rows
            : ((await tx.exec(text)).at(-1)?.rows ?? []),
        ),
      ),
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
  return {
    kind: 'postgres',
    db: drizzlePg({ client: pool, schema: tables }) as unknown as Db,
    query: async (text, params) => rowsOf(await pool.query<Row>(text, params)),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(async (text, params) =>
          rowsOf(await client.query<Row>(text, params)),
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
    close: () => pool.end(),
  };
}
