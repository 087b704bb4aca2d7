import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from './i18n';
import { db } from '@/lib/db/db';

/** How many events wait in the local outbox, live from IndexedDB. */
export function OutboxStatus() {
  const { t } = useI18n();
  const waiting = useLiveQuery(() => db.outbox.count(), []);
  if (waiting === undefined) return null;
  return (
    <p className="footer-status" data-testid="outbox-status">
      {waiting ? t('outboxWaiting', { count: waiting }) : t('outboxEmpty')}
    </p>
  );
}
