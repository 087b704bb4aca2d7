import { db } from '@/lib/db/db';
import { onMessages } from '@/lib/messaging';
import { trainerTokenItem } from '@/lib/settings/trainer-token';
import { publishChecklist, publishTarget } from '@/lib/sync/checklists';
import { testConnection } from '@/lib/sync/connection';
import { requeueDeadLetters } from '@/lib/sync/dead-letters';
import { flushOutbox } from '@/lib/sync/flush';
import { IN_WORKER_RETRY_MAX_MS, collectorTarget, flushSoon, syncDeps } from './sync';

/** The sync messages (issue 6); the other messages are answered by ./messages. */
export function registerSyncHandlers(): void {
  onMessages({
    async requestSync({ force }) {
      const result = await flushOutbox(syncDeps, { force: force ?? false });
      // A failure retries on its own schedule; a waiting one is picked up by the alarm.
      if (result.status === 'failed' && result.retryInMs < IN_WORKER_RETRY_MAX_MS)
        flushSoon(result.retryInMs);
      return { status: result.status, waiting: await db.outbox.count() };
    },
    testConnection({ url, token }) {
      return testConnection(syncDeps.fetch, { url, token });
    },
    async publishChecklist({ id, version }) {
      const target = publishTarget(await collectorTarget(), await trainerTokenItem.getValue());
      return publishChecklist(db, syncDeps.fetch, target, id, version);
    },
    async retryDeadLetters() {
      const requeued = await requeueDeadLetters(db);
      if (requeued) flushSoon(0);
      return { requeued };
    },
  });
}
