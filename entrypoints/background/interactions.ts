import { db } from '@/lib/db/db';
import { storage } from 'wxt/utils/storage';
import {
  COPY_GRACE_MS,
  detectTypedRepeat,
  inferCategory,
  onRecordCaptured,
  openInteractionOfTab,
  updateInteraction,
} from '@/lib/interactions';
import { getSettings } from '@/lib/settings';
import { fieldsOf } from '@/lib/tabs/tab-context';
import { getTabContext, setTabCustomerKey } from './tab-contexts';
import { checkTeamHistory } from './team-repeat';

/**
 * Starts, keeps or replaces the tab's interaction after a new capture. Serialised per tab with a
 * Web Lock: an SPA burst reports several captures in quick succession.
 */
export async function followCapture(tabId: number): Promise<void> {
  await navigator.locks.request(`interaction-tab-${tabId}`, async () => {
    const context = await getTabContext(tabId);
    if (!context || context.kind !== 'record') return;
    const settings = await getSettings();
    const result = await onRecordCaptured(db, {
      tabId,
      fields: fieldsOf(context),
      channel: settings.defaultChannel,
      windowDays: settings.repeatWindowDays,
      retentionDays: settings.retentionDays,
    });
    await setTabCustomerKey(tabId, result.customerKey);
    // Team-wide repeat history from the collector: not awaited, it must not hold the capture up.
    if (result.action === 'started' || result.action === 'replaced')
      void checkTeamHistory(result.interaction).catch(() => undefined);
    // The contact reason as the CRM shows it, until the agent picks another.
    if (
      (result.action === 'started' || result.action === 'replaced') &&
      !result.interaction.category
    ) {
      const category = inferCategory(context.pageText, settings.categories);
      if (category) await updateInteraction(db, result.interaction.id, { category });
    }
  });
}

/** Values copied from the panel lately (session storage: the worker may restart in between). */
const copiesItem = storage.defineItem<{ value: string; at: number }[]>('session:recentCopies', {
  fallback: [],
});

export async function noteCopy(value: string, now = Date.now()): Promise<void> {
  const kept = (await copiesItem.getValue()).filter((c) => now - c.at < COPY_GRACE_MS);
  await copiesItem.setValue([...kept, { value, at: now }].slice(-20));
}

/** Logs `repeated_info` when the agent types into the CRM what the customer already gave. */
export async function checkTypedValue(tabId: number, value: string): Promise<string | null> {
  const interaction = await openInteractionOfTab(db, tabId);
  if (!interaction) return null;
  const event = await detectTypedRepeat(db, interaction, value, await copiesItem.getValue());
  return (event?.attributes?.field as string | undefined) ?? null;
}
