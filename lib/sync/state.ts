import type { AppDb } from '@/lib/db/app-db';

/**
 * What the sync client last did, kept in `meta` (not worker memory: the background can die at any
 * time) so the side panel and the options page can show it live (issue 6).
 */
export interface SyncState {
  /** Last time the outbox was found empty after a successful upload (ms). */
  lastSyncAt?: number;
  /** Consecutive failed attempts; drives the backoff, reset by a success. */
  attempt: number;
  /** Earliest time of the next automatic attempt (ms); a manual "sync now" ignores it. */
  nextAttemptAt?: number;
  /** The last whole-request failure, cleared by a success. */
  lastError?: SyncError;
}

export const SYNC_ERROR_KINDS = [
  'offline',
  'timeout',
  'server',
  'throttled',
  'unauthorized',
  'forbidden',
  'bad-request',
  'not-configured',
] as const;
export type SyncErrorKind = (typeof SYNC_ERROR_KINDS)[number];

export interface SyncError {
  kind: SyncErrorKind;
  /** Short, data-free text (status line or network error name); never a customer value. */
  message: string;
  at: number;
}

export const SYNC_STATE_KEY = 'syncState';
export const CLIENT_ID_KEY = 'clientId';

/** The stored sync state, or a fresh one. */
export async function getSyncState(db: AppDb): Promise<SyncState> {
  const row = await db.meta.get(SYNC_STATE_KEY);
  return { attempt: 0, ...(row?.value as Partial<SyncState> | undefined) };
}

/** Replaces the stored sync state. */
export async function setSyncState(db: AppDb, state: SyncState): Promise<void> {
  await db.meta.put({ key: SYNC_STATE_KEY, value: state });
}

/**
 * This browser profile's client id for uploads (a slug, no personal data), created on first use.
 * @example await clientIdOf(db) // 'ext-3f2a9c1b'
 */
export async function clientIdOf(db: AppDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(CLIENT_ID_KEY);
    // A stored id the collector would refuse (400 forever) is replaced rather than kept.
    if (typeof row?.value === 'string' && /^[A-Za-z0-9_.:-]{1,64}$/.test(row.value))
      return row.value;
    const id = `ext-${crypto.randomUUID().replace(/-/g, '').slice(0, 12)}`;
    await db.meta.put({ key: CLIENT_ID_KEY, value: id });
    return id;
  });
}
