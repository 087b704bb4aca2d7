import { useLiveQuery } from 'dexie-react-hooks';
import { checklistHistory, listLatestChecklists } from '@/lib/db/checklists';
import { db } from '@/lib/db/db';
import { CHECKLIST_EVENT_TYPES, countChecklistUsage } from '@/lib/checklists/usage';

/** The newest version of every checklist, live (undefined while loading). */
export function useChecklists() {
  return useLiveQuery(() => listLatestChecklists(db), []);
}

/** Every version of one checklist, newest first, live. */
export function useHistory(id: string | null) {
  return useLiveQuery(() => (id ? checklistHistory(db, id) : []), [id]);
}

/** Shown/done/skipped counts per checklist and item from the local events, live. */
export function useUsage() {
  return useLiveQuery(
    async () =>
      countChecklistUsage(
        await db.events.where('type').anyOf(Object.values(CHECKLIST_EVENT_TYPES)).toArray(),
      ),
    [],
  );
}
