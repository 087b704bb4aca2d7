import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/db';
import { givenKey } from '@/lib/interactions/given';

/** Values the customer already gave in an earlier contact, live from IndexedDB. */
export function useGivenEarlier(customerKey: string | undefined): ReadonlySet<string> {
  return (
    useLiveQuery(async () => {
      if (!customerKey) return new Set<string>();
      const earlier = await db.interactions
        .where('customerKey')
        .equals(customerKey)
        .filter((i) => i.endedAt !== undefined)
        .primaryKeys();
      const fields = await db.capturedFields.where('interactionId').anyOf(earlier).toArray();
      return new Set(fields.map((f) => givenKey(f.key, f.value)));
    }, [customerKey]) ?? new Set<string>()
  );
}
