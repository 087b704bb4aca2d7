import type { AppDb } from '@/lib/db/app-db';
import { outboxRowsOf, recordEvent, recordEvents } from '@/lib/db/events';
import type { CapturedFieldRow, EventRow, InteractionRow } from '@/lib/db/schema';
import { ces, csat, nps } from '@/lib/metrics';
import {
  parseSignalAttributes,
  SIGNAL_TYPES,
  type Channel,
  type Outcome,
  type SignalType,
} from '@/lib/signals';
import { EVENT_TYPES, type Survey } from './events';

export interface StartInput {
  tabId?: number;
  customerKey: string | null;
  channel: Channel;
  category?: string;
  /** Raw captured values: stored locally only, purged after the retention period. */
  fields: readonly { key: string; value: string; source: string }[];
  now?: number;
}

function event(
  interaction: InteractionRow,
  type: string,
  at: number,
  attributes?: Record<string, unknown>,
): EventRow {
  return {
    id: crypto.randomUUID(),
    type,
    at,
    interactionId: interaction.id,
    ...(interaction.customerKey && { customerKey: interaction.customerKey }),
    ...(attributes && { attributes }),
  };
}

/** Raw captured values as rows of one interaction (local only; purged after the retention). */
export function capturedRows(
  interactionId: string,
  fields: readonly { key: string; value: string; source: string }[],
  capturedAt: number,
): CapturedFieldRow[] {
  return fields.map((f) => ({
    id: crypto.randomUUID(),
    interactionId,
    key: f.key,
    value: f.value,
    source: f.source,
    capturedAt,
  }));
}

/** Starts an interaction: its row, its raw fields and its `interaction_started` event, atomically. */
export async function startInteraction(db: AppDb, input: StartInput): Promise<InteractionRow> {
  const now = input.now ?? Date.now();
  const interaction: InteractionRow = {
    id: crypto.randomUUID(),
    channel: input.channel,
    startedAt: now,
    ...(input.tabId !== undefined && { tabId: input.tabId }),
    ...(input.customerKey && { customerKey: input.customerKey }),
    ...(input.category && { category: input.category }),
  };
  await db.transaction(
    'rw',
    [db.interactions, db.capturedFields, db.events, db.outbox],
    async () => {
      await db.interactions.add(interaction);
      await db.capturedFields.bulkAdd(capturedRows(interaction.id, input.fields, now));
      await recordEvent(
        db,
        event(interaction, EVENT_TYPES.interactionStarted, now, {
          channel: interaction.channel,
          ...(interaction.category && { category: interaction.category }),
        }),
      );
    },
  );
  return interaction;
}

/** How a call ends: the agent's wrap-up outcome, or `abandoned` when nobody wrapped it up. */
export type EndOutcome = Outcome | 'abandoned';

/** Wraps up an interaction with its outcome. Ending twice is refused. */
export async function endInteraction(
  db: AppDb,
  id: string,
  outcome: EndOutcome,
  now = Date.now(),
): Promise<InteractionRow> {
  return db.transaction('rw', [db.interactions, db.events, db.outbox], async () => {
    const interaction = await db.interactions.get(id);
    if (!interaction) throw new Error('No such interaction');
    if (interaction.endedAt !== undefined) throw new Error('This interaction has already ended');
    const ended = { ...interaction, outcome, endedAt: now };
    await db.interactions.put(ended);
    await recordEvent(
      db,
      event(ended, EVENT_TYPES.interactionEnded, now, {
        outcome,
        durationMs: now - interaction.startedAt,
        channel: ended.channel,
        ...(ended.category && { category: ended.category }),
      }),
    );
    return ended;
  });
}

/** Changes channel or category of an open interaction (the agent corrects what was guessed). */
export async function updateInteraction(
  db: AppDb,
  id: string,
  patch: Partial<Pick<InteractionRow, 'channel' | 'category'>>,
): Promise<void> {
  await db.interactions.update(id, patch);
}

function signalRow(
  interaction: InteractionRow,
  type: SignalType,
  options: { attributes?: Record<string, unknown>; automatic?: boolean; now?: number },
): EventRow {
  if (!SIGNAL_TYPES.includes(type)) throw new RangeError(`Unknown effort signal: ${type}`);
  const attributes = { ...options.attributes, source: options.automatic ? 'auto' : 'agent' };
  // Strict per-type attributes: nothing (least of all a raw customer value) rides along.
  const parsed = parseSignalAttributes(type, attributes);
  if (!parsed.success) {
    throw new TypeError(`Invalid ${type} attributes: ${parsed.error.issues[0]?.message}`);
  }
  return event(interaction, type, options.now ?? Date.now(), parsed.data);
}

/** Logs many signals at once (one transaction), e.g. from an import; all or none. */
export async function logSignals(
  db: AppDb,
  interaction: InteractionRow,
  entries: readonly { type: SignalType; attributes?: Record<string, unknown>; now?: number }[],
): Promise<EventRow[]> {
  const rows = entries.map((e) => signalRow(interaction, e.type, e));
  await recordEvents(db, rows);
  return rows;
}

/** Logs an effort signal as an event with its outbox row. */
export async function logSignal(
  db: AppDb,
  interaction: InteractionRow,
  type: SignalType,
  options: { attributes?: Record<string, unknown>; automatic?: boolean; now?: number } = {},
): Promise<EventRow> {
  const row = signalRow(interaction, type, options);
  await recordEvent(db, row);
  return row;
}

/**
 * Takes a signal back. Not yet synced: the event and its outbox row are deleted together.
 * Already synced: a `signal_undone` event tells the collector to discount it.
 */
export async function undoSignal(db: AppDb, eventId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.events, db.outbox], async () => {
    const original = await db.events.get(eventId);
    if (!original) return;
    const [queued] = await outboxRowsOf(db, [eventId]);
    if (queued) {
      await db.outbox.delete(queued.seq!);
      await db.events.delete(eventId);
      return;
    }
    await recordEvent(db, {
      ...original,
      id: crypto.randomUUID(),
      type: EVENT_TYPES.signalUndone,
      at: now,
      attributes: { eventId, signal: original.type },
    });
  });
}

const SCORERS: Record<Survey, (answers: readonly number[]) => unknown> = { ces, csat, nps };

/** Records the customer's survey answer; an answer outside the survey's scale throws a RangeError. */
export async function recordSurveyAnswer(
  db: AppDb,
  interaction: InteractionRow,
  survey: Survey,
  value: number,
  now = Date.now(),
): Promise<EventRow> {
  SCORERS[survey]([value]);
  const row = event(interaction, EVENT_TYPES.surveyAnswer, now, { survey, value });
  await recordEvent(db, row);
  return row;
}
