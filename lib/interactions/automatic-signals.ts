import type { AppDb } from '@/lib/db/app-db';
import { eventsOfInteraction } from '@/lib/db/events';
import type { InteractionRow } from '@/lib/db/schema';
import {
  detectChannelSwitch,
  detectRepeatContact,
  type Channel,
  type Outcome,
} from '@/lib/signals';
import { logSignal, undoSignal } from './lifecycle';
import { historyOfCustomer } from './queries';

const toPast = (row: InteractionRow) => ({
  startedAt: row.startedAt,
  ...(row.category && { category: row.category }),
  ...(row.outcome && { outcome: row.outcome as Outcome }),
  channel: row.channel as Channel,
});

/**
 * At the start of an interaction: a `repeat_contact` signal when the customer contacted within the
 * window, and a `channel_switch` when that last contact came through another channel. Returns the
 * repeat summary stored on the interaction for the panel's banner.
 */
export async function detectAtStart(
  db: AppDb,
  interaction: InteractionRow,
  customerKeys: readonly string[],
  windowDays: number,
): Promise<InteractionRow['repeat']> {
  const history = await historyOfCustomer(db, customerKeys, interaction.startedAt);
  const repeat = detectRepeatContact(history.map(toPast), interaction.startedAt, windowDays);
  const summary = { count: repeat.count, windowDays, ...(repeat.last && { last: repeat.last }) };
  await db.interactions.update(interaction.id, { repeat: summary });
  if (!repeat.isRepeat) return summary;
  await logSignal(db, interaction, 'repeat_contact', {
    automatic: true,
    now: interaction.startedAt,
    attributes: { count: repeat.count, windowDays },
  });
  await applyChannelSwitch(db, { ...interaction, repeat: summary }, interaction.channel as Channel);
  return summary;
}

/**
 * Re-evaluates `channel_switch` when the agent sets the channel: the automatic one logged for the
 * old channel is taken back, and a new one logged if the last contact used another channel.
 */
export async function applyChannelSwitch(
  db: AppDb,
  interaction: InteractionRow,
  channel: Channel,
): Promise<void> {
  const events = await eventsOfInteraction(db, interaction.id);
  for (const e of events) {
    if (e.type === 'channel_switch' && e.attributes?.source === 'auto') await undoSignal(db, e.id);
  }
  const last = interaction.repeat?.last;
  const found = last
    ? detectChannelSwitch(
        [{ channel: last.channel as Channel, startedAt: last.startedAt }],
        channel,
      )
    : null;
  if (found)
    await logSignal(db, interaction, 'channel_switch', {
      automatic: true,
      attributes: { ...found },
    });
}
