import { db } from '@/lib/db/db';
import { onMessages } from '@/lib/messaging';
import { publishChecklist } from '@/lib/sync/checklists';
import { testConnection } from '@/lib/sync/connection';
import { requeueDeadLetters } from '@/lib/sync/dead-letters';
import { flushOutbox } from '@/lib/sync/flush';
import { collectorTarget, flushSoon, syncDeps } from './sync';

/** The sync messages (issue 6); the other messages are answered by ./messages. */
export function registerSyncHandlers(): void {
  onMessages({
    async requestSync({ force }) {
      const result = await flushOutbox(syncDeps, { force: force ?? false });
      // A failure retries on its own schedule; a waiting one is picked up by the alarm.
      if (result.status === 'failed' && result.retryInMs < 25_000) flushSoon(result.retryInMs);
      return { status: result.status, waiting: await db.outbox.count() };
    },
    testConnection({ url, token }) {
      return testConnection(syncDeps.fetch, { url, token });
    },
    async publishChecklist({ id, version }) {
      return publishChecklist(db, syncDeps.fetch, await collectorTarget(), id, version);
    },
    async retryDeadLetters() {
      const requeued = await requeueDeadLetters(db);
      if (requeued) flushSoon(0);
      return { requeued };
    },
  });
}
