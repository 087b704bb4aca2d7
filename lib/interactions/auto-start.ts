import type { AppDb } from '@/lib/db/app-db';
import { eventsOfInteraction, outboxRowsOf } from '@/lib/db/events';
import { purgeCapturedFields } from '@/lib/db/interactions';
import type { InteractionRow } from '@/lib/db/schema';
import type { Channel } from '@/lib/signals';
import { detectAtStart } from './automatic-signals';
import { customerKey, customerKeysAllRotations } from './customer-key';
import { EVENT_TYPES } from './events';
import { capturedRows, startInteraction } from './lifecycle';

/** A record opened this soon after an untouched interaction started replaces it (the agent was browsing). */
export const BROWSING_MS = 2 * 60_000;
/** After wrap-up, the same customer's record on the same tab starts nothing new for this long. */
export const COOL_DOWN_MS = 30 * 60_000;

export interface RecordCaptured {
  tabId: number;
  fields: readonly { key: string; value: string; source: string }[];
  channel: Channel;
  windowDays: number;
  retentionDays: number;
  now?: number;
}

export type AutoStartResult =
  | { action: 'none' | 'cooling-down'; customerKey: string | null }
  | {
      action: 'kept' | 'started' | 'replaced' | 'other-customer';
      customerKey: string;
      interaction: InteractionRow;
    };

/** True when nothing but the start was recorded and it has not left the browser yet. */
async function untouched(db: AppDb, interaction: InteractionRow): Promise<boolean> {
  const events = await eventsOfInteraction(db, interaction.id);
  if (events.some((e) => e.type !== EVENT_TYPES.interactionStarted)) return false;
  const queued = (
    await outboxRowsOf(
      db,
      events.map((e) => e.id),
    )
  ).length;
  return queued === events.length;
}

async function discard(db: AppDb, interaction: InteractionRow): Promise<void> {
  await db.transaction(
    'rw',
    [db.interactions, db.capturedFields, db.events, db.outbox],
    async () => {
      const ids = (await eventsOfInteraction(db, interaction.id)).map((e) => e.id);
      await db.outbox.bulkDelete((await outboxRowsOf(db, ids)).map((row) => row.seq!));
      await db.events.bulkDelete(ids);
      await db.capturedFields.where('interactionId').equals(interaction.id).delete();
      await db.interactions.delete(interaction.id);
    },
  );
}

/**
 * Decides what a captured customer record means for the tab's interaction:
 * - no open interaction → start one (unless the same customer was just wrapped up on this tab);
 * - same customer → keep it, storing any newly shown field;
 * - another customer, and the open interaction is untouched and under 2 minutes old → replace it;
 * - another customer mid-call → keep the call with its customer; the panel offers a new one.
 */
export async function onRecordCaptured(db: AppDb, input: RecordCaptured): Promise<AutoStartResult> {
  const now = input.now ?? Date.now();
  const key = await customerKey(db, input.fields);
  if (!key) return { action: 'none', customerKey: null };
  const tabRows = await db.interactions.where('tabId').equals(input.tabId).toArray();
  const open = tabRows
    .filter((r) => r.endedAt === undefined)
    .sort((a, b) => b.startedAt - a.startedAt)[0];

  if (open?.customerKey === key) {
    await addNewFields(db, open, input.fields, now);
    return { action: 'kept', customerKey: key, interaction: open };
  }
  if (open && !(now - open.startedAt < BROWSING_MS && (await untouched(db, open)))) {
    return { action: 'other-customer', customerKey: key, interaction: open };
  }
  const lastEnded = tabRows
    .filter((r) => r.endedAt !== undefined)
    .sort((a, b) => b.endedAt! - a.endedAt!)[0];
  if (!open && lastEnded?.customerKey === key && now - lastEnded.endedAt! < COOL_DOWN_MS) {
    return { action: 'cooling-down', customerKey: key };
  }
  if (open) await discard(db, open);
  const interaction = await start(db, input, key, now);
  return { action: open ? 'replaced' : 'started', customerKey: key, interaction };
}

/** Starts an interaction for a captured customer and runs the automatic detections. */
export async function start(
  db: AppDb,
  input: RecordCaptured,
  key: string | null,
  now = Date.now(),
) {
  await purgeCapturedFields(db, input.retentionDays, now);
  const interaction = await startInteraction(db, {
    tabId: input.tabId,
    customerKey: key,
    channel: input.channel,
    fields: input.fields,
    now,
  });
  if (!key) return interaction;
  const repeat = await detectAtStart(
    db,
    interaction,
    await customerKeysAllRotations(db, input.fields),
    input.windowDays,
  );
  return { ...interaction, repeat };
}

async function addNewFields(
  db: AppDb,
  interaction: InteractionRow,
  fields: RecordCaptured['fields'],
  now: number,
) {
  const stored = await db.capturedFields.where('interactionId').equals(interaction.id).toArray();
  const known = new Set(stored.map((f) => `${f.key}\u0000${f.value}`));
  const fresh = fields.filter((f) => !known.has(`${f.key}\u0000${f.value}`));
  if (!fresh.length) return;
  await db.capturedFields.bulkAdd(capturedRows(interaction.id, fresh, now));
}
