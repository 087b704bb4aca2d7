import type { AppDb } from '@/lib/db/app-db';
import { eventsOfInteraction } from '@/lib/db/events';
import type { EventRow, InteractionRow } from '@/lib/db/schema';
import { detectRepeatedInfo, normalizeFieldValue } from '@/lib/signals';
import { logSignal } from './lifecycle';
import { standingSignals } from './queries';

/** A value copied from the panel this recently and then typed into the CRM was not asked again. */
export const COPY_GRACE_MS = 5 * 60_000;

/**
 * `repeated_info`, detected: the agent types into the CRM a value the customer had already given —
 * on screen when this interaction started, or captured in an earlier contact of the same
 * customer — and did not paste it from the panel. The customer was made to say it again.
 * Logs at most one signal per field per interaction; returns it, or null.
 */
export async function detectTypedRepeat(
  db: AppDb,
  interaction: InteractionRow,
  typed: string,
  recentCopies: readonly { value: string; at: number }[],
  now = Date.now(),
): Promise<EventRow | null> {
  const wanted = normalizeFieldValue(typed);
  if (wanted.length < 4) return null;
  if (
    recentCopies.some((c) => now - c.at < COPY_GRACE_MS && normalizeFieldValue(c.value) === wanted)
  )
    return null;

  const earlierIds = interaction.customerKey
    ? await db.interactions
        .where('customerKey')
        .equals(interaction.customerKey)
        .filter((i) => i.id !== interaction.id && i.startedAt < interaction.startedAt)
        .primaryKeys()
    : [];
  const given = await db.capturedFields
    .where('interactionId')
    .anyOf([interaction.id, ...earlierIds])
    .filter((f) => f.capturedAt <= Math.max(interaction.startedAt, now - 1000))
    .toArray();
  const field = detectRepeatedInfo(given, { key: 'typed', value: typed });
  if (!field) return null;
  const already = standingSignals(await eventsOfInteraction(db, interaction.id)).some(
    (e) => e.type === 'repeated_info' && e.attributes?.field === field,
  );
  if (already) return null;
  return logSignal(db, interaction, 'repeated_info', {
    automatic: true,
    now,
    attributes: { field },
  });
}
