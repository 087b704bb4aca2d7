import { db } from '@/lib/db/db';
import { onRecordCaptured } from '@/lib/interactions';
import { getSettings } from '@/lib/settings';
import { fieldsOf } from '@/lib/tabs/tab-context';
import { getTabContext, setTabCustomerKey } from './tab-contexts';

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
  });
}
