import { storage } from 'wxt/utils/storage';
import type { AppDb } from '@/lib/db/app-db';
import type { InteractionRow } from '@/lib/db/schema';
import { logSignal } from './lifecycle';

/**
 * Running holds by interaction id. In session storage, so the panel and the background (extension
 * commands) share them and a worker restart keeps them.
 */
export const holdsItem = storage.defineItem<Record<string, number>>('session:holds', {
  fallback: {},
});

/**
 * First press starts a hold; the second logs one `hold` signal with its duration in seconds.
 * Returns 'started' or 'logged'.
 */
export async function toggleHold(
  db: AppDb,
  interaction: InteractionRow,
  now = Date.now(),
): Promise<'started' | 'logged'> {
  const holds = await holdsItem.getValue();
  const startedAt = holds[interaction.id];
  if (startedAt === undefined) {
    await holdsItem.setValue({ ...holds, [interaction.id]: now });
    return 'started';
  }
  const { [interaction.id]: _, ...rest } = holds;
  await holdsItem.setValue(rest);
  await logSignal(db, interaction, 'hold', {
    now,
    attributes: { durationSeconds: Math.max(1, Math.round((now - startedAt) / 1000)) },
  });
  return 'logged';
}
