// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/collector/app';
import type { Driver } from '../../server/collector/db/driver';
import { migrate } from '../../server/collector/db/migrate';
import { tables } from '../../server/collector/db/schema';
import {
  DATABASES,
  makeEvent,
  openEmptyDriver,
  openTestDriver,
  SLOW,
  testToken,
  upload,
} from './harness';

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
    const applied = await driver.query('SELECT hash FROM __drizzle_migrations', []);
    const journal = JSON.parse(
      await readFile(
        new URL('../../server/collector/db/migrations/meta/_journal.json', import.meta.url),
        'utf8',
      ),
    ) as { entries: unknown[] };
    expect(applied).toHaveLength(journal.entries.length);
  });
});

/**
 * Databases made before issue 15 by the hand-written migration (the fixture is that file,
 * verbatim, and the bookkeeping the old migrate.ts did) keep working under drizzle's migrator.
 */
describe.each(DATABASES)('a database from the hand-written v1 migration on %s', (kind) => {
  let driver: Driver;
  let dispose = async () => {};
  beforeAll(async () => {
    ({ driver, dispose } = await openEmptyDriver(kind));
    await driver.query(
      await readFile(new URL('fixtures/collector-v1.sql', import.meta.url), 'utf8'),
    );
    await driver.query(
      'CREATE TABLE collector_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    await driver.query("INSERT INTO collector_migrations (name) VALUES ('0001_init.sql')", []);
    await driver.query(
      `INSERT INTO checklists (team_id, id, version, body) VALUES ('team-a', 'old', 4, '{"items": []}')`,
      [],
    );
    // An interaction stored before issue 10: the migration that adds the facts fills them in.
    await driver.query(
      `INSERT INTO events (id, team_id, agent_id, client_id, type, at, interaction_id, attributes) VALUES
       ('00000000-0000-4000-8000-000000000001', 'team-a', 'a-1', 'c', 'interaction_started',
        '2026-01-05T10:00:00Z', '00000000-0000-4000-8000-0000000000aa', '{"channel": "phone"}'),
       ('00000000-0000-4000-8000-000000000002', 'team-a', 'a-1', 'c', 'transfer',
        '2026-01-05T10:01:00Z', '00000000-0000-4000-8000-0000000000aa', null)`,
      [],
    );
  }, SLOW);
  afterAll(() => dispose(), SLOW);

  it('is adopted without re-creating anything, keeps its rows, and serves the new code', async () => {
    // Adopted as 0000_init; what came after it (issue 10's facts) is applied, once.
    expect(await migrate(driver)).toEqual([
      '0001_interaction_facts',
      '0002_backfill_interaction_facts',
    ]);
    expect(await migrate(driver)).toEqual([]);
    expect(
      await driver.query(
        'SELECT agent_id, channel, effort_index, signal_count, event_count FROM interaction_facts',
        [],
      ),
    ).toEqual([
      { agent_id: 'a-1', channel: 'phone', effort_index: 25, signal_count: 1, event_count: 2 },
    ]);
    const secret = randomBytes(32);
    const app = createApp({ driver, secret });
    const agent = testToken(secret, { team: 'team-a', role: 'agent', agent: 'a-1' });
    const trainer = testToken(secret, { team: 'team-a', role: 'trainer' });
    const headers = (token: string) => ({
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
    });
    const event = makeEvent();
    const posted = await app.request('/v1/events', {
      method: 'POST',
      headers: headers(agent),
      body: JSON.stringify(upload([event])),
    });
    expect(await posted.json()).toEqual({ results: [{ id: event.id, status: 'accepted' }] });
    // The old primary key still decides "newer or stale".
    const stale = await app.request('/v1/checklists/old', {
      method: 'PUT',
      headers: headers(trainer),
      body: JSON.stringify({ version: 4, checklist: {} }),
    });
    expect(stale.status).toBe(409);
    const list = await app.request('/v1/checklists', { headers: headers(agent) });
    expect(await list.json()).toMatchObject({ checklists: [{ id: 'old', version: 4 }] });
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
