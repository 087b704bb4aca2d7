import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { FIELD_KEYS } from '@/lib/capture/types';
import { CAPTURE_RULES_KEY } from '@/lib/capture/user-rules';

/** A rule the agent added (or taught by correcting a value), for one CRM origin. */
export const userRuleSchema = z
  .object({
    key: z.enum(FIELD_KEYS),
    selector: z.string().min(1).max(300).optional(),
    label: z.string().min(1).max(120).optional(),
  })
  .refine((r) => r.selector || r.label, 'A rule needs a CSS selector or a label text');

export type UserRule = z.infer<typeof userRuleSchema>;

/** User-defined capture rules keyed by origin (e.g. "https://acme.my.salesforce.com"). */
export const captureRulesItem = storage.defineItem<Record<string, UserRule[]>>(CAPTURE_RULES_KEY, {
  fallback: {},
  version: 1,
});

/** Adds or replaces (same key + same selector/label) a rule for an origin. */
export async function saveRule(origin: string, rule: UserRule): Promise<void> {
  const valid = userRuleSchema.parse(rule);
  const all = await captureRulesItem.getValue();
  const kept = (all[origin] ?? []).filter(
    (r) => r.key !== valid.key || (r.selector ?? r.label) !== (valid.selector ?? valid.label),
  );
  // Newest first: a rule learnt from a correction beats an older one for the same key.
  await captureRulesItem.setValue({ ...all, [origin]: [valid, ...kept].slice(0, 50) });
}

export async function removeRule(origin: string, index: number): Promise<void> {
  const all = await captureRulesItem.getValue();
  const rules = (all[origin] ?? []).filter((_, i) => i !== index);
  const next = { ...all, [origin]: rules };
  if (!rules.length) delete next[origin];
  await captureRulesItem.setValue(next);
}
