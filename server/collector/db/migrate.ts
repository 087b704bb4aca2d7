import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles, type MigrationConfig } from 'drizzle-orm/migrator';
import type { Driver } from './driver';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
// Any fixed number: instances starting together on one PostgreSQL take turns on it.
const MIGRATION_LOCK = 6_061_806;
const TABLE = '__drizzle_migrations';

/**
 * Databases created before issue 15 were migrated by hand-written SQL, recorded in
 * `collector_migrations`; their one file, 0001_init.sql, made exactly what drizzle-kit's first
 * migration makes (tests/server/schema.test.ts starts the collector on such a database). Records
 * that first migration as applied, once, so the migrator does not create the tables again.
 */
async function adoptHandWrittenSchema(driver: Driver, config: MigrationConfig): Promise<void> {
  const [state] = await driver.query(
    `SELECT to_regclass('collector_migrations') IS NOT NULL AS old,
            to_regclass('${TABLE}') IS NOT NULL AS new`,
    [],
  );
  if (!state?.old || state.new) return;
  const [v1] = await driver.query(
    `SELECT 1 FROM collector_migrations WHERE name = '0001_init.sql'`,
    [],
  );
  const [first] = readMigrationFiles(config);
  if (!v1 || !first) return;
  // The table as Drizzle's migrator creates it (drizzle-orm/pg-core/dialect.js).
  await driver.query(
    `CREATE TABLE ${TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`,
    [],
  );
  await driver.query(`INSERT INTO ${TABLE} (hash, created_at) VALUES ($1, $2)`, [
    first.hash,
    first.folderMillis,
  ]);
}

/** The `when` (journal) of each migration the database has, none before its first. */
async function appliedMillis(driver: Driver): Promise<Set<number>> {
  const [table] = await driver.query(`SELECT to_regclass('${TABLE}') IS NOT NULL AS found`, []);
  if (!table?.found) return new Set();
  const rows = await driver.query(`SELECT created_at FROM ${TABLE}`, []);
  return new Set(rows.map((r) => Number(r.created_at)));
}

/**
 * Applies the migrations drizzle-kit generated into ./migrations (`npm run collector:migration`)
 * that the database lacks, with Drizzle's migrator, on PGlite and PostgreSQL alike. Holds an
 * advisory lock meanwhile, so several instances may start together on one PostgreSQL. The
 * migrations' record lives in the tables' own schema (`__drizzle_migrations`). Returns the tags
 * applied (e.g. `0000_init`).
 */
export async function migrate(driver: Driver): Promise<string[]> {
  return driver.exclusive(MIGRATION_LOCK, async () => {
    const [row] = await driver.query('SELECT current_schema() AS schema', []);
    const config: MigrationConfig = {
      migrationsFolder: MIGRATIONS_DIR,
      migrationsSchema: String(row?.schema),
      migrationsTable: TABLE,
    };
    await adoptHandWrittenSchema(driver, config);
    const before = await appliedMillis(driver);
    await driver.migrate(config);
    const journal = JSON.parse(await readFile(`${MIGRATIONS_DIR}meta/_journal.json`, 'utf8')) as {
      entries: { when: number; tag: string }[];
    };
    return journal.entries.filter((entry) => !before.has(entry.when)).map((entry) => entry.tag);
  });
}
