import { sql } from 'drizzle-orm';
import {
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * The collector's tables, the one schema both drivers use. The SQL that creates them lives in
 * ./migrations (applied by migrate.ts); tests/server/schema.test.ts fails if the two drift.
 */

/** Every uploaded event, once: the primary key on `id` is the dedup ("exactly once") guarantee. */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey(),
    teamId: text('team_id').notNull(),
    agentId: text('agent_id'),
    clientId: text('client_id').notNull(),
    type: text('type').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    interactionId: uuid('interaction_id').notNull(),
    customerKey: text('customer_key'),
    attributes: jsonb('attributes'),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [
    index('events_team_at').on(t.teamId, t.at),
    index('events_team_customer_at').on(t.teamId, t.customerKey, t.at),
    // Ingest re-reads the events of every interaction a batch touches (./facts.ts).
    index('events_team_interaction').on(t.teamId, t.interactionId),
  ],
);

/**
 * One row per (team, interaction), rebuilt from the interaction's stored events by every ingest
 * transaction that stores one of them (./facts.ts), so reports read this and never the raw events
 * (issue 10). Columns are null until an event says them; `startedAt` null means no
 * `interaction_started` has arrived yet, and such a row counts in no report.
 */
export const interactionFacts = pgTable(
  'interaction_facts',
  {
    teamId: text('team_id').notNull(),
    interactionId: uuid('interaction_id').notNull(),
    /** The agent whose token sent the `interaction_started` event. */
    agentId: text('agent_id'),
    customerKey: text('customer_key'),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'string' }),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'string' }),
    channel: text('channel'),
    category: text('category'),
    /** The last `interaction_ended` outcome (`abandoned` when nobody wrapped the call up). */
    outcome: text('outcome'),
    /** lib/signals effortIndex of the standing (not undone) signals, 0–100. */
    effortIndex: integer('effort_index').notNull(),
    /** Standing signals in all. */
    signalCount: integer('signal_count').notNull(),
    /** Standing signals by type, `{ transfer: 2 }`; types with none are absent. */
    signals: jsonb('signals').notNull(),
    /** The last answer to each survey (by event time), null when unanswered. */
    ces: integer('ces'),
    csat: integer('csat'),
    nps: integer('nps'),
    eventCount: integer('event_count').notNull(),
  },
  (t) => [
    primaryKey({ name: 'interaction_facts_pkey', columns: [t.teamId, t.interactionId] }),
    index('interaction_facts_team_started').on(t.teamId, t.startedAt),
    index('interaction_facts_team_customer_started').on(t.teamId, t.customerKey, t.startedAt),
  ],
);

/** Published checklists, one row per (team, checklist id): only the newest version is kept. */
export const checklists = pgTable(
  'checklists',
  {
    teamId: text('team_id').notNull(),
    id: text('id').notNull(),
    version: integer('version').notNull(),
    body: jsonb('body').notNull(),
    publishedBy: text('published_by'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' })
      .notNull()
      .default(sql`now()`),
  },
  // Named as PostgreSQL names it, so databases made by the hand-written v1 SQL match (issue 15).
  (t) => [primaryKey({ name: 'checklists_pkey', columns: [t.teamId, t.id] })],
);

/**
 * The token-signing secret when the collector runs on PostgreSQL, so every instance behind a load
 * balancer verifies the same tokens without sharing a file (see server/collector/auth.ts).
 */
export const collectorSecret = pgTable('collector_secret', {
  id: integer('id').primaryKey(),
  secret: text('secret').notNull(),
});

export const tables = { events, interactionFacts, checklists, collectorSecret } as const;
