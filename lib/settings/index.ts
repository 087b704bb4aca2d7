import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { LANGUAGES } from '@/lib/i18n/languages';
import { CHANNELS } from '@/lib/signals/taxonomy';

export { LANGUAGES, type Language } from '@/lib/i18n/languages';

export const settingsSchema = z.object({
  /** 'auto' follows the browser's language. */
  language: z.enum(['auto', ...LANGUAGES]),
  /** Days raw captured identifiers are kept in the browser. */
  retentionDays: z.number().int().min(1).max(365),
  /** Window in which a second contact by the same customer counts as a repeat. */
  repeatWindowDays: z.number().int().min(1).max(90),
  /** Channel of an interaction started automatically, until the agent changes it. */
  defaultChannel: z.enum(CHANNELS),
  /** The team's short list of contact reasons. */
  categories: z.array(z.string().trim().min(1).max(60)).min(1).max(30),
  collectorUrl: z.string().max(300),
  collectorToken: z.string().max(500),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  retentionDays: 30,
  repeatWindowDays: 7,
  defaultChannel: 'phone',
  categories: [
    'Billing',
    'Address change',
    'Password or login',
    'Replacement part',
    'Plan change',
    'Technical issue',
    'Other',
  ],
  collectorUrl: '',
  collectorToken: '',
};

/**
 * The agent's settings; bump `version` and add a migration when the shape changes. Reads merge
 * over the defaults, so a key added later never comes back undefined.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The stored settings merged over the defaults. */
export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

/** Validates a partial update and writes the merged settings; throws on an invalid value. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
