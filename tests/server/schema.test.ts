// @vitest-environment node
import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from '../../server/collector/db/driver';
import { migrate } from '../../server/collector/db/migrate';
import { tables } from '../../server/collector/db/schema';
import { DATABASES, openTestDriver, SLOW } from './harness';

/** ONE schema for both drivers: the SQL migrations must create exactly what Drizzle describes. */
describe.each(DATABASES)('migrations on %s', (kind) => {
  let driver: Driver;
  let dispose = async () => {};
  beforeAll(async () => {
    ({ driver, dispose } = await openTestDriver(kind));
  }, SLOW);
  afterAll(() => dispose(), SLOW);

  it('create every column of server/collector/db/schema.ts with its type and nullability', async () => {
    for (const table of Object.values(tables)) {
      const config = getTableConfig(table);
      const columns = await driver.query(
        `SELECT column_name, is_nullable, data_type, udt_name FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = $1 ORDER BY column_name`,
        [config.name],
      );
      const expected = config.columns
        .map((column) => ({
          name: column.name,
          nullable: !column.notNull,
          type: column.getSQLType(),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(
        columns.map((c) => ({
          name: c.column_name,
          nullable: c.is_nullable === 'YES',
          type: SQL_TYPE[String(c.udt_name)] ?? c.udt_name,
        })),
        config.name,
      ).toEqual(expected);
    }
  });

  it('apply nothing the second time, even when two instances start at once', async () => {
    expect(await Promise.all([migrate(driver), migrate(driver)])).toEqual([[], []]);
    const applied = await driver.query('SELECT name FROM collector_migrations ORDER BY name', []);
    expect(applied.map((r) => r.name)).toEqual(['0001_init.sql']);
  });
});

// information_schema's udt names for the SQL types Drizzle prints.
const SQL_TYPE: Record<string, string> = {
  uuid: 'uuid',
  text: 'text',
  int4: 'integer',
  jsonb: 'jsonb',
  timestamptz: 'timestamp with time zone',
};
