import type { Transaction } from 'dexie';

/** An interaction: one contact with one customer, from record open to wrap-up. */
export interface InteractionRow {
  id: string;
  tabId?: number;
  /** Pseudonymous customer key (keyed hash); never the raw identifier. */
  customerKey?: string;
  channel: string;
  category?: string;
  outcome?: string;
  startedAt: number;
  endedAt?: number;
  /** Repeat-contact summary computed when the interaction started (for the panel's banner). */
  repeat?: {
    count: number;
    windowDays: number;
    last?: { category?: string; outcome?: string; channel?: string; startedAt: number };
  };
}

/** A raw identifier as captured on screen. Stays in the browser; purged after the retention period. */
export interface CapturedFieldRow {
  id: string;
  interactionId: string;
  key: string;
  value: string;
  source: string;
  capturedAt: number;
}

/** Every effort signal, checklist nudge or survey answer is an event; events are what sync. */
export interface EventRow {
  id: string;
  type: string;
  at: number;
  interactionId: string;
  customerKey?: string;
  attributes?: Record<string, unknown>;
}

export interface ChecklistRow {
  id: string;
  version: number;
  status: 'draft' | 'published';
  updatedAt: string;
  /** The checklist in the import/export format (validated by lib/checklists). */
  body: unknown;
}

/** One row per event waiting to be uploaded; deleted only once the collector has it. */
export interface OutboxRow {
  seq?: number;
  eventId: string;
  createdAt: number;
  attempts: number;
}

/**
 * An event the collector refused (`rejected`, with its message): kept and shown, never silently
 * dropped (issue 6). The event itself stays in `events`.
 */
export interface DeadLetterRow {
  id?: number;
  eventId: string;
  message: string;
  rejectedAt: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Keys for the customer-key HMAC; the CryptoKey is non-extractable and never leaves IndexedDB. */
export interface KeyRow {
  id: string;
  key: CryptoKey;
  createdAt: number;
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema version the product ever shipped, oldest first. Never edit a released entry: add
 * a new one with an `upgrade`, and a fixture in tests/fixtures/db/v<N>.json.
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      interactions: 'id, tabId, customerKey, startedAt, endedAt',
      capturedFields: 'id, interactionId, key, capturedAt',
      events: 'id, interactionId, type, at',
      checklists: '[id+version], id, status, updatedAt',
      // Primary key only: each index would be one more write per logged event (see the bench).
      outbox: '++seq',
      meta: 'key',
      keys: 'id, createdAt',
    },
  },
  {
    // Issue 6: events the collector rejected. A new table only, so nothing to upgrade.
    version: 2,
    stores: { deadLetters: '++id, eventId, rejectedAt' },
  },
];

export const DB_NAME = 'effortless';
