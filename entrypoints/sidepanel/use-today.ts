import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '@/lib/db/db';
import { interactionsToday } from '@/lib/db/interactions';
import type { InteractionRow } from '@/lib/db/schema';

export interface TodayRow {
  call: InteractionRow;
  /** The customer's name as captured (local only, never synced). */
  name?: string;
}

/** The day's calls, newest first, with each customer's captured name. */
export function useToday(): TodayRow[] {
  return (
    useLiveQuery(async () => {
      const calls = await interactionsToday(db);
      const names = await db.capturedFields
        .where('interactionId')
        .anyOf(calls.map((c) => c.id))
        .filter((f) => f.key === 'customerName')
        .toArray();
      const byCall = new Map(names.map((f) => [f.interactionId, f.value]));
      return calls.map((call) => ({ call, name: byCall.get(call.id) }));
    }, []) ?? []
  );
}
