import { storage } from 'wxt/utils/storage';
import type { CaptureRule } from '@/lib/capture/types';
import { CAPTURE_RULES_KEY, userRulesFor } from '@/lib/capture/user-rules';

/** The agent's capture rules for this origin. */
export async function loadUserRules(origin: string): Promise<CaptureRule[]> {
  return userRulesFor(await storage.getItem<Record<string, unknown>>(CAPTURE_RULES_KEY), origin);
}

/** Calls back whenever the agent's rules change. */
export function watchUserRules(onChange: () => void): () => void {
  return storage.watch(CAPTURE_RULES_KEY, onChange);
}
