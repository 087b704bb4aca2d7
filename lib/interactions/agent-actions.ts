import type { AppDb } from '@/lib/db/app-db';
import { eventsOfInteraction } from '@/lib/db/events';
import type { EventRow, InteractionRow } from '@/lib/db/schema';
import { whileNotSyncing } from '@/lib/db/sync-lock';
import type { SignalType } from '@/lib/signals';
import { toggleHold } from './hold';
import { logSignal, undoSignal } from './lifecycle';
import { standingSignals } from './queries';

/** What a signal key did, for the confirmation the agent sees. */
export type SignalResult =
  | { kind: 'logged'; type: SignalType; eventId: string }
  | { kind: 'hold-started' };

/**
 * The agent logs a signal (panel key or click, or a global shortcut: the same function, so both
 * behave alike). Hold is a toggle: the first press starts it, the second logs it with its length.
 */
export async function logAgentSignal(
  db: AppDb,
  call: InteractionRow,
  type: SignalType,
): Promise<SignalResult> {
  if (type === 'hold') {
    const before = await eventsOfInteraction(db, call.id);
    if ((await toggleHold(db, call)) === 'started') return { kind: 'hold-started' };
    const logged = standingSignals(await eventsOfInteraction(db, call.id)).find(
      (e) => e.type === 'hold' && !before.some((b) => b.id === e.id),
    );
    return { kind: 'logged', type, eventId: logged?.id ?? '' };
  }
  const row = await logSignal(db, call, type);
  return { kind: 'logged', type, eventId: row.id };
}

/** The signal Z (and Alt+Shift+Z) takes back: the agent's own latest; automatic ones stay. */
export function lastAgentSignal(events: readonly EventRow[]): EventRow | undefined {
  return standingSignals(events)
    .filter((e) => e.attributes?.source === 'agent')
    .at(-1);
}

/** Undoes the agent's latest signal of the call; returns its type, or null if there was none. */
export async function undoLastAgentSignal(
  db: AppDb,
  call: InteractionRow,
): Promise<SignalType | null> {
  const last = lastAgentSignal(await eventsOfInteraction(db, call.id));
  if (!last) return null;
  await whileNotSyncing(() => undoSignal(db, last.id));
  return last.type as SignalType;
}
