/** Bounds of the checklist format. They keep imports and collector payloads small and panels short. */
export const CHECKLIST_LIMITS = {
  /** Length of checklist and item ids (slugs of `[a-z0-9_-]`). */
  idLength: 64,
  titleLength: 120,
  /** Descriptions, item texts, `why` and suggested wording. */
  textLength: 500,
  /** Items per checklist: the panel wants ≤ ~8, the format tolerates 12. */
  items: 12,
  checklistsPerPack: 200,
  /** Nesting of all/any/not, the root condition being level 1. */
  triggerDepth: 6,
  /** Children of one all/any. */
  triggerChildren: 20,
  /** Regex sources; longer ones are hard to review and easier to make catastrophic. */
  regexLength: 200,
  /** Plain comparison values (field equals, contains, category words). */
  valueLength: 200,
  categoryTerms: 30,
  /** A JSON string given to the parser; a real pack of 200 checklists stays well below. */
  jsonChars: 2_000_000,
} as const;

/** Checklist and item ids: lower-case slugs. */
export const ID_PATTERN = /^[a-z0-9_-]+$/;
