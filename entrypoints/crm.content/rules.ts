import { storage } from 'wxt/utils/storage';
import { FIELD_KEYS, type CaptureRule, type FieldKey } from '@/lib/capture/types';

const isKey = (key: unknown): key is FieldKey => FIELD_KEYS.includes(key as FieldKey);
const shortString = (v: unknown) =>
  typeof v === 'string' && v.length > 0 && v.length <= 300 ? v : undefined;

/**
 * The agent's capture rules for this origin. Checked by hand rather than with the settings'
 * zod schema, which would not fit the content script's size budget.
 */
export async function loadUserRules(origin: string): Promise<CaptureRule[]> {
  const all = await storage.getItem<Record<string, unknown>>('local:captureRules');
  const list = all?.[origin];
  if (!Array.isArray(list)) return [];
  return list.slice(0, 50).flatMap((raw: Record<string, unknown>) => {
    const selector = shortString(raw?.selector);
    const label = shortString(raw?.label);
    return isKey(raw?.key) && (selector || label)
      ? [{ key: raw.key, selector, label, origin }]
      : [];
  });
}

/** Calls back whenever the agent's rules change. */
export function watchUserRules(onChange: () => void): () => void {
  return storage.watch('local:captureRules', onChange);
}
