import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/db';
import { FIELD_KEYS } from '@/lib/capture/types';
import type { InteractionRow } from '@/lib/db/schema';
import type { CapturedFieldData } from '@/lib/tabs/tab-context';

const NONE: CapturedFieldData[] = [];

/** The values captured for a call (its customer's card when the CRM no longer shows them). */
export function useCallFields(call: InteractionRow | null): CapturedFieldData[] {
  return (
    useLiveQuery(async () => {
      if (!call) return NONE;
      const rows = await db.capturedFields.where('interactionId').equals(call.id).toArray();
      const latest = new Map<string, CapturedFieldData>();
      for (const r of rows.sort((a, b) => a.capturedAt - b.capturedAt))
        latest.set(r.key, { key: r.key, value: r.value, source: r.source, confidence: 1 });
      // The order the card has on screen (capture's key order), not the order rows were stored.
      const rank = (key: string) => {
        const at = (FIELD_KEYS as readonly string[]).indexOf(key);
        return at < 0 ? FIELD_KEYS.length : at;
      };
      return [...latest.values()].sort((a, b) => rank(a.key) - rank(b.key));
    }, [call?.id]) ?? NONE
  );
}
