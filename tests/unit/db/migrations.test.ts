import Dexie from 'dexie';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppDb, SCHEMA_VERSIONS } from '@/lib/db';

interface Fixture {
  tables: Record<string, unknown[]>;
  /** Row counts expected in the CURRENT schema after upgrading from this version. */
  expectAfterUpgrade: Record<string, number>;
}

const fixturePath = (version: number) => resolve(`tests/fixtures/db/v${version}.json`);

describe.each(SCHEMA_VERSIONS.map((v) => v.version))('schema version %i', (version) => {
  it('has a fixture', () => {
    // A version without a fixture fails: every released schema must be tested for upgrade.
    expect(existsSync(fixturePath(version)) ? 'present' : `missing ${fixturePath(version)}`).toBe(
      'present',
    );
  });

  it('upgrades a database written at this version to the current schema', async () => {
    const fixture = JSON.parse(readFileSync(fixturePath(version), 'utf8')) as Fixture;
    const name = `migration-v${version}-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((v) => v.version <= version)) {
      old.version(v.version).stores(v.stores);
    }
    await old.open();
    for (const [table, rows] of Object.entries(fixture.tables))
      await old.table(table).bulkAdd(rows);
    old.close();

    const current = new AppDb(name);
    await current.open();
    expect(current.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    for (const [table, count] of Object.entries(fixture.expectAfterUpgrade)) {
      expect({ table, count: await current.table(table).count() }).toEqual({ table, count });
    }
    await current.delete();
  });
});
