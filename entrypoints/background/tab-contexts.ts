import { storage } from 'wxt/utils/storage';
import { frameDecision, type CaptureSource } from '@/lib/tabs/frame-decision';
import {
  tabContextKey,
  type CaptureSubmission,
  type CapturedFieldData,
  type TabContext,
} from '@/lib/tabs/tab-context';

/**
 * Per-tab context lives in session storage, not in worker memory: the worker can be stopped at
 * any time, and the side panel reads (and watches) the same keys. Returns what happened, so the
 * caller can ask the page again when a frame withdrew its record.
 */
export async function storeTabContext(
  tabId: number,
  capture: CaptureSubmission,
  source: CaptureSource = { frameId: 0 },
): Promise<'store' | 'keep' | 'withdraw'> {
  const previous = await getTabContext(tabId);
  const decision = frameDecision(previous, capture, source);
  if (decision === 'keep') return decision;
  if (decision === 'withdraw') {
    await clearTabContext(tabId);
    return decision;
  }
  const extras = previous?.extras?.url === capture.url ? previous.extras : undefined;
  const context: TabContext = {
    ...capture,
    tabId,
    capturedAt: Date.now(),
    extras,
    customerKey: previous?.url === capture.url ? previous.customerKey : undefined,
    ...(source.frameId !== 0 && { frameId: source.frameId, topUrl: source.topUrl }),
  };
  await storage.setItem(tabContextKey(tabId), context);
  return decision;
}

export function getTabContext(tabId: number): Promise<TabContext | null> {
  return storage.getItem<TabContext>(tabContextKey(tabId));
}

/** Adds a value the agent gave (selection or correction) to the tab's current page. */
export async function addExtraField(tabId: number, field: CapturedFieldData): Promise<TabContext> {
  const context = await getTabContext(tabId);
  if (!context) throw new Error('No CRM page is captured in this tab');
  const kept = context.extras?.url === context.url ? context.extras.fields : [];
  const fields = [...kept.filter((f) => f.key !== field.key), field];
  const next: TabContext = {
    ...context,
    kind: 'record',
    extras: { url: context.url, fields },
  };
  await storage.setItem(tabContextKey(tabId), next);
  return next;
}

/** Records which customer (pseudonymous key) the tab shows, for the panel's mid-call check. */
export async function setTabCustomerKey(tabId: number, customerKey: string | null): Promise<void> {
  const context = await getTabContext(tabId);
  if (!context || context.customerKey === (customerKey ?? undefined)) return;
  await storage.setItem(tabContextKey(tabId), {
    ...context,
    customerKey: customerKey ?? undefined,
  });
}

export async function clearTabContext(tabId: number): Promise<void> {
  await storage.removeItem(tabContextKey(tabId));
}
