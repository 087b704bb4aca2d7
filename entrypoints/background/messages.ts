import { browser } from 'wxt/browser';
import { onMessages, sendTabMessage } from '@/lib/messaging';
import { saveRule } from '@/lib/settings/capture-rules';
import { enableSite } from './sites';
import { callForAction, checkTypedValue, followCapture, noteCopy } from './interactions';
import { addExtraField, storeTabContext } from './tab-contexts';

/** The background's message handlers; payloads arrive already validated against the protocol. */
export function registerMessageHandlers(): void {
  onMessages({
    async submitCapture(data, sender) {
      // Only a content script in a tab can report a capture, and only for its own tab.
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.id !== browser.runtime.id) {
        throw new Error('submitCapture is only accepted from a tab');
      }
      const frameId = sender.frameId ?? 0;
      const done = await storeTabContext(tabId, data, { frameId, topUrl: sender.tab?.url });
      // The frame that showed the record no longer does: the page's own capture decides again.
      if (done === 'withdraw') await sendTabMessage(tabId, 'captureNow', {}, 0).catch(() => null);
      else await followCapture(tabId);
      // The page shows no record of its own: a frame that does must say so again (its last
      // report may have been replaced, and it only reports changes).
      const pageRecord = data.kind === 'record' && data.fields.length > 0;
      if (frameId === 0 && done === 'store' && !pageRecord) {
        await sendTabMessage(tabId, 'captureNow', { framesOnly: true }).catch(() => null);
      }
      return { stored: done === 'store' };
    },
    async reportEntry({ value }, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('reportEntry is only accepted from a tab');
      return { repeated: await checkTypedValue(tabId, value) };
    },
    async noteCopy({ value }) {
      await noteCopy(value);
      return { noted: true };
    },
    async enableSite({ origin, tabId }) {
      return { registered: await enableSite(origin, tabId) };
    },
    async requestCapture({ tabId }) {
      try {
        return { delivered: (await sendTabMessage(tabId, 'captureNow', {})).captured };
      } catch {
        return { delivered: false };
      }
    },
    async startCall({ tabId }, sender) {
      // Extension pages only: nothing a CRM page says can start a call.
      const fromExtension = sender.url?.startsWith(browser.runtime.getURL('/'));
      if (!fromExtension || sender.id !== browser.runtime.id) {
        throw new Error('startCall is only accepted from the extension’s pages');
      }
      return { interactionId: (await callForAction(tabId))?.id ?? null };
    },
    async correctField({ tabId, key, value }) {
      const context = await addExtraField(tabId, { key, value, confidence: 1, source: 'manual' });
      // Remember where this layout shows the value, so the next record needs no correction.
      const { selector } = await sendTabMessage(
        tabId,
        'locateField',
        { key, value },
        context.frameId ?? 0,
      ).catch(() => ({ selector: null }));
      if (selector) await saveRule(new URL(context.url).origin, { key, selector });
      await followCapture(tabId);
      return { learnt: Boolean(selector) };
    },
  });
}
