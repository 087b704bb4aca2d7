import { browser } from 'wxt/browser';
import { enabledSitePatterns, originPattern } from '@/lib/tabs/tab-context';

const SCRIPT_FILE = '/content-scripts/crm.js';
const idFor = (pattern: string) => `crm:${pattern}`;

/**
 * Runs the capture content script on an origin the agent granted (optional host permission):
 * registered for future loads, and injected into the open tab right away.
 */
export async function enableSite(origin: string, tabId?: number): Promise<boolean> {
  const pattern = originPattern(origin);
  if (!pattern) throw new Error('Only http and https sites can be enabled');
  if (!(await browser.permissions.contains({ origins: [pattern] }))) {
    throw new Error('Permission for this site was not granted');
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [idFor(pattern)] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      // registerContentScripts wants a path relative to the extension root.
      {
        id: idFor(pattern),
        matches: [pattern],
        js: [SCRIPT_FILE.slice(1)],
        runAt: 'document_idle',
        allFrames: true,
      },
    ]);
  }
  if (tabId !== undefined) {
    await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: [SCRIPT_FILE],
    });
  }
  return true;
}

/** Keeps registered scripts in step with granted origins (granted or revoked elsewhere). */
export async function syncRegisteredSites(): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const wanted = new Set(enabledSitePatterns(origins).map(idFor));
  const registered = await browser.scripting.getRegisteredContentScripts();
  // Unwanted ones go, and so do those an earlier version registered for the top frame only.
  const current = registered.filter((s) => wanted.has(s.id) && s.allFrames);
  const stale = registered
    .filter((s) => s.id.startsWith('crm:') && !current.includes(s))
    .map((s) => s.id);
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  for (const id of wanted) {
    if (!current.some((s) => s.id === id)) await enableSite(id.slice(4).replace(/\/\*$/, ''));
  }
}

/**
 * Origins granted outside the panel's button (Chrome's own site-access menu, or a prompt that
 * resolved after the panel closed) start capture in the tabs already open on them.
 */
export async function startOnOpenTabs(origins: readonly string[] = []): Promise<void> {
  const patterns = enabledSitePatterns(origins);
  if (!patterns.length) return;
  await syncRegisteredSites();
  for (const tab of await browser.tabs.query({ url: patterns })) {
    if (tab.id === undefined) continue;
    await browser.scripting
      .executeScript({ target: { tabId: tab.id, allFrames: true }, files: [SCRIPT_FILE] })
      .catch(() => undefined);
  }
}
