import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useI18n } from './i18n';
import { db } from '@/lib/db/db';
import { SYNC_STATE_KEY, type SyncErrorKind, type SyncState } from '@/lib/sync/state';
import type { MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';

/** The message shown for each kind of sync failure (issue 6). */
export const SYNC_ERROR_KEYS: Record<SyncErrorKind, MessageKey> = {
  offline: 'syncErrorOffline',
  timeout: 'syncErrorTimeout',
  server: 'syncErrorServer',
  throttled: 'syncErrorThrottled',
  unauthorized: 'syncErrorUnauthorized',
  forbidden: 'syncErrorForbidden',
  'bad-request': 'syncErrorBadRequest',
  'not-configured': 'syncOff',
};

/** The stored sync state, live from IndexedDB (written by the background). */
export function useSyncState(): SyncState | undefined {
  return useLiveQuery(
    async () => ({
      attempt: 0,
      ...((await db.meta.get(SYNC_STATE_KEY))?.value as Partial<SyncState> | undefined),
    }),
    [],
  );
}

/**
 * Outbox and sync state, live from IndexedDB: how many events wait, the last sync, the last
 * error and how many the collector refused. When the outbox grows (this page logged a signal),
 * it nudges the background, which may be asleep, to sync soon.
 */
export function OutboxStatus() {
  const { t, language } = useI18n();
  const waiting = useLiveQuery(() => db.outbox.count(), []);
  const dead = useLiveQuery(() => db.deadLetters.count(), []);
  const state = useSyncState();
  const seen = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (waiting === undefined) return;
    const grew = seen.current !== undefined && waiting > seen.current;
    seen.current = waiting;
    // The UI never syncs itself; the background answers, and a missing one is not an error here.
    if (grew) void sendMessage('requestSync', {}).catch(() => undefined);
  }, [waiting]);
  if (waiting === undefined) return null;
  const error = state?.lastError;
  return (
    <p className="footer-status" data-testid="sync-status">
      <span data-testid="outbox-status">
        {waiting ? t('outboxWaiting', { count: waiting }) : t('outboxEmpty')}
      </span>
      {' · '}
      <span data-testid="sync-last">
        {state?.lastSyncAt
          ? t('syncLast', { time: new Date(state.lastSyncAt).toLocaleTimeString(language) })
          : t('syncNever')}
      </span>
      {error && (
        <>
          <br />
          <span className="notice__error" data-testid="sync-error" data-kind={error.kind}>
            {t(SYNC_ERROR_KEYS[error.kind], { message: error.message })}
          </span>
        </>
      )}
      {dead ? (
        <>
          <br />
          <span className="notice__error" data-testid="sync-dead-letters">
            {t('syncDeadLetters', { count: dead })}
          </span>
        </>
      ) : null}
    </p>
  );
}
