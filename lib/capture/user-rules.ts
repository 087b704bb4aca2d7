import { FIELD_KEYS, type CaptureRule, type FieldKey } from './types';

/**
 * Storage key of the agent's capture rules, by origin: written by the settings
 * (`lib/settings/capture-rules.ts`), read by the content script.
 */
export const CAPTURE_RULES_KEY = 'local:captureRules';

const isKey = (key: unknown): key is FieldKey => FIELD_KEYS.includes(key as FieldKey);
const shortString = (v: unknown) =>
  typeof v === 'string' && v.length > 0 && v.length <= 300 ? v : undefined;

/**
 * The stored rules that apply to one origin, each checked field by field; anything malformed is
 * left out. Checked by hand rather than with the settings' zod schema, which would not fit the
 * content script's size budget.
 *
 * @example userRulesFor({ 'https://a.test': [{ key: 'email', label: 'Mail' }] }, 'https://a.test')
 */
export function userRulesFor(stored: unknown, origin: string): CaptureRule[] {
  const list = (stored as Record<string, unknown> | null | undefined)?.[origin];
  if (!Array.isArray(list)) return [];
  return list.slice(0, 50).flatMap((raw: Record<string, unknown> | null) => {
    const selector = shortString(raw?.selector);
    const label = shortString(raw?.label);
    return isKey(raw?.key) && (selector || label)
      ? [{ key: raw.key, selector, label, origin }]
      : [];
  });
}
