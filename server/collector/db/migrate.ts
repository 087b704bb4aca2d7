import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Driver } from './driver';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_FILE = /^\d{4}_[a-z0-9_]+\.sql$/;
// Any fixed number: instances starting together on one PostgreSQL take turns on it.
const MIGRATION_LOCK = 6_061_806;

/**
 * Applies the SQL files of ./migrations not yet recorded in `collector_migrations`, in name order,
 * all in one transaction. The same files run on PGlite and PostgreSQL. Returns the names applied.
 */
export async function migrate(driver: Driver): Promise<string[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((f) => MIGRATION_FILE.test(f)).sort();
  return driver.transaction(async (query) => {
    await query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await query(
      'CREATE TABLE IF NOT EXISTS collector_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await query('SELECT name FROM collector_migrations')).map((r) => r.name));
    const applied: string[] = [];
    for (const file of files.filter((f) => !done.has(f))) {
      await query(await readFile(`${MIGRATIONS_DIR}${file}`, 'utf8'));
      await query('INSERT INTO collector_migrations (name) VALUES ($1)', [file]);
      applied.push(file);
    }
    return applied;
  });
}
