import { db } from '@/lib/db/db';
import type { InteractionRow } from '@/lib/db/schema';
import { logSignal } from '@/lib/interactions';
import { mergeTeamContacts, teamContacts } from '@/lib/sync/contacts';
import { collectorTarget, syncDeps } from './sync';

/**
 * Issue 6: after an interaction starts, asks the collector whether the TEAM saw this customer
 * within the window (another agent, or history this browser lacks) and widens the repeat summary
 * the banner shows. Best effort: offline or slow, the local detection stands.
 *
 * Keys only match across agents who share the customer-key secret (see server/README.md).
 */
export async function checkTeamHistory(interaction: InteractionRow): Promise<void> {
  const repeat = interaction.repeat;
  if (!interaction.customerKey || !repeat) return;
  const contacts = await teamContacts(
    syncDeps.fetch,
    await collectorTarget(),
    interaction.customerKey,
    repeat.windowDays,
  );
  if (!contacts?.length) return;
  const local = await db.interactions
    .where('customerKey')
    .equals(interaction.customerKey)
    .toArray();
  const merged = mergeTeamContacts(repeat, contacts, interaction, new Set(local.map((r) => r.id)));
  if (merged === repeat) return;
  await db.interactions.update(interaction.id, { repeat: merged });
  // Locally it looked like a first contact, so no signal was logged at start: log it now.
  if (repeat.count < 2) {
    await logSignal(db, { ...interaction, repeat: merged }, 'repeat_contact', {
      automatic: true,
      now: interaction.startedAt,
      attributes: { count: merged.count, windowDays: merged.windowDays },
    });
  }
}
