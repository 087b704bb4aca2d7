import { z } from 'zod';
import { UNKNOWN_LANGUAGE } from './issues';
import { CHECKLIST_LIMITS, ID_PATTERN } from './limits';
import { triggerSchema } from './trigger-schema';

/** The `format` marker of an exported pack. */
export const PACK_FORMAT = 'effortless-checklists';
/** The only format version this code reads and writes. */
export const PACK_FORMAT_VERSION = 1;

/** A lower-case slug id. */
export const idSchema = z
  .string()
  .min(1)
  .max(CHECKLIST_LIMITS.idLength)
  .regex(ID_PATTERN, 'ids use only lower-case letters, digits, "-" and "_"');

/**
 * A text per language (en, fr, fi; at least one). Unknown keys are errors reported as unknown
 * languages: a "de" text would otherwise be dropped without the trainer noticing.
 */
export const localizedTextSchema = (maxLength: number) =>
  z
    .strictObject(
      {
        en: z.string().trim().min(1).max(maxLength).optional(),
        fr: z.string().trim().min(1).max(maxLength).optional(),
        fi: z.string().trim().min(1).max(maxLength).optional(),
      },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? UNKNOWN_LANGUAGE : undefined) },
    )
    .refine((text) => text.en !== undefined || text.fr !== undefined || text.fi !== undefined, {
      message: 'needs a text in at least one language (en, fr or fi)',
      params: { problem: { code: 'noLanguage' } },
      abort: true,
    });

/** What an item asks the agent to do. */
export const ITEM_KINDS = ['ask', 'offer', 'do', 'say'] as const;
/** Draft checklists are visible to trainers only; published ones reach agents. */
export const CHECKLIST_STATUSES = ['draft', 'published'] as const;

/** One checklist item: what to do, why it prevents the next contact, how to say it positively. */
export const checklistItemSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(ITEM_KINDS),
  text: localizedTextSchema(CHECKLIST_LIMITS.textLength),
  why: localizedTextSchema(CHECKLIST_LIMITS.textLength).optional(),
  wording: localizedTextSchema(CHECKLIST_LIMITS.textLength).optional(),
});

/** A versioned checklist with its triggers. */
export const checklistSchema = z.strictObject({
  id: idSchema,
  version: z.int().min(1).max(1_000_000),
  status: z.enum(CHECKLIST_STATUSES),
  /** Breaks ranking ties: higher first; default 0. */
  priority: z.int().min(-1000).max(1000).optional(),
  updatedAt: z.iso.datetime({ offset: true }),
  title: localizedTextSchema(CHECKLIST_LIMITS.titleLength),
  description: localizedTextSchema(CHECKLIST_LIMITS.textLength).optional(),
  triggers: triggerSchema,
  items: z.array(checklistItemSchema).min(1).max(CHECKLIST_LIMITS.items),
});

/** The import/export file. */
export const checklistPackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(PACK_FORMAT_VERSION),
  checklists: z.array(checklistSchema).max(CHECKLIST_LIMITS.checklistsPerPack),
});

/** A validated checklist item. */
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
/** A validated checklist. */
export type Checklist = z.infer<typeof checklistSchema>;
/** A validated pack. */
export type ChecklistPack = z.infer<typeof checklistPackSchema>;
/** An item kind. */
export type ItemKind = (typeof ITEM_KINDS)[number];
/** A checklist status. */
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];
