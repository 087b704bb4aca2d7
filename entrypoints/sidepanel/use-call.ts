import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '@/lib/db/db';
import { eventsOfInteraction } from '@/lib/db/events';
import type { EventRow, InteractionRow } from '@/lib/db/schema';
import { EVENT_TYPES, holdsItem, standingSignals } from '@/lib/interactions';
import { useStorageItem } from './use-storage-item';

const NONE: EventRow[] = [];

/** Everything the call view shows about a call, from live queries. */
export function useCall(call: InteractionRow) {
  const events = useLiveQuery(() => eventsOfInteraction(db, call.id), [call.id]);
  const holds = useStorageItem(holdsItem);
  return useMemo(
    () => ({
      events: events ?? NONE,
      signals: standingSignals(events ?? NONE),
      answers: (events ?? NONE).filter((e) => e.type === EVENT_TYPES.surveyAnswer),
      holdRunning: holds?.[call.id] !== undefined,
    }),
    [call.id, events, holds],
  );
}
