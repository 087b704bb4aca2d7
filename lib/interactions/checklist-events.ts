import type { AppDb } from '@/lib/db/app-db';
import { recordEvent } from '@/lib/db/events';
import type { InteractionRow } from '@/lib/db/schema';
import { CHECKLIST_EVENT_TYPES } from '@/lib/checklists/usage';
import type { SkipReason } from '@/lib/checklists/nudges';

const base = (interaction: InteractionRow, type: string, attributes: Record<string, unknown>) => ({
  id: crypto.randomUUID(),
  type,
  at: Date.now(),
  interactionId: interaction.id,
  ...(interaction.customerKey && { customerKey: interaction.customerKey }),
  attributes,
});

/** A checklist appeared in this interaction (once per interaction and checklist). */
export async function recordChecklistShown(
  db: AppDb,
  interaction: InteractionRow,
  checklistId: string,
  version: number,
) {
  await db.transaction('rw', db.events, db.outbox, async () => {
    const already = await db.events
      .where('interactionId')
      .equals(interaction.id)
      .filter(
        (e) => e.type === CHECKLIST_EVENT_TYPES.shown && e.attributes?.checklistId === checklistId,
      )
      .count();
    if (!already)
      await recordEvent(
        db,
        base(interaction, CHECKLIST_EVENT_TYPES.shown, { checklistId, version }),
      );
  });
}

export function recordItemDone(
  db: AppDb,
  interaction: InteractionRow,
  checklistId: string,
  itemId: string,
) {
  return recordEvent(
    db,
    base(interaction, CHECKLIST_EVENT_TYPES.itemDone, { checklistId, itemId }),
  );
}

export function recordItemSkipped(
  db: AppDb,
  interaction: InteractionRow,
  checklistId: string,
  itemId: string,
  reason: SkipReason,
) {
  return recordEvent(
    db,
    base(interaction, CHECKLIST_EVENT_TYPES.itemSkipped, { checklistId, itemId, reason }),
  );
}
