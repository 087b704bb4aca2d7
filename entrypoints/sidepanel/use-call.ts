import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '@/lib/db/db';
import { eventsOfInteraction } from '@/lib/db/events';
import { interactionsToday } from '@/lib/db/interactions';
import type { EventRow } from '@/lib/db/schema';
import { EVENT_TYPES, holdsItem, openInteractionOfTab, standingSignals } from '@/lib/interactions';
import { useStorageItem } from './use-storage-item';

const NONE: EventRow[] = [];

/** The tab's live interaction and everything the call view shows about it, from live queries. */
export function useCall(tabId: number) {
  const interaction = useLiveQuery(() => openInteractionOfTab(db, tabId), [tabId]);
  const events = useLiveQuery(
    () => (interaction ? eventsOfInteraction(db, interaction.id) : NONE),
    [interaction?.id],
  );
  const today = useLiveQuery(() => interactionsToday(db), []);
  const holds = useStorageItem(holdsItem);
  return useMemo(
    () => ({
      interaction,
      events: events ?? NONE,
      signals: standingSignals(events ?? NONE),
      answers: (events ?? NONE).filter((e) => e.type === EVENT_TYPES.surveyAnswer),
      holdRunning: interaction ? holds?.[interaction.id] !== undefined : false,
      today: today ?? [],
    }),
    [interaction, events, holds, today],
  );
}
