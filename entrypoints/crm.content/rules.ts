import { browser } from 'wxt/browser';
import type { CaptureRule } from '@/lib/capture/types';
import { CAPTURE_RULES_KEY, userRulesFor } from '@/lib/capture/user-rules';

// The storage API itself rather than WXT's storage helper, whose item, migration and lock code
// would cost the content script ~1 KB gzipped of its 15 KB budget for one read and one watch.
const AREA_KEY = CAPTURE_RULES_KEY.replace(/^local:/, '');

/** The agent's capture rules for this origin. */
export async function loadUserRules(origin: string): Promise<CaptureRule[]> {
  const stored = await browser.storage.local.get(AREA_KEY);
  return userRulesFor(stored[AREA_KEY], origin);
}

/** Calls back whenever the agent's rules change. */
export function watchUserRules(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && AREA_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
