import { z } from 'zod';

/**
 * The collector's wire format, shared by the extension's sync client and the collector (issue 6).
 * Pure zod: no browser or Node imports, so both sides can load it. Event objects are strict: an
 * unknown field is rejected rather than stored, so nothing (least of all a raw customer value)
 * rides along unnoticed.
 */

/** Bounds the collector enforces; the client batches within them. */
export const WIRE_LIMITS = {
  maxEventsPerRequest: 500,
  maxEventsBodyBytes: 1_000_000,
  maxAttributesBytes: 2_048,
  maxAttributesDepth: 3,
  maxChecklistBytes: 65_536,
  maxChecklistBodyBytes: 70_000,
} as const;

export const EVENT_STATUSES = ['accepted', 'duplicate', 'rejected'] as const;

/** Ids chosen by people (team, agent, client, checklist): short, no spaces, no "@". */
const SLUG = /^[A-Za-z0-9_.:-]{1,64}$/;
/** `keyId.base64url(HMAC-SHA-256)`, the shape lib/interactions/customer-key produces. */
const CUSTOMER_KEY = /^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{16,128}$/;
const EVENT_TYPE = /^[a-z][a-z0-9_]{0,39}$/;
const ATTRIBUTE_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

// UUIDs and ISO dates are legitimate attribute values whose digit runs would look like phones.
const HARMLESS =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/gi;
const RAW_IDENTIFIERS: readonly (readonly [string, RegExp])[] = [
  ['an email address', /[^\s@]+@[^\s@]+\.[A-Za-z]{2,}/],
  ['a phone number', /\+?\d(?:[\s().\-/]{0,2}\d){6,}/],
  ['an account or case number', /(?:^|[^A-Za-z])[A-Z]{2,6}[-_#/]?\d{4,}/],
];

/** Digits in `text`, counting no further than `enough`. */
function digitCount(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/**
 * Defence in depth for the privacy rule "raw identifiers never leave the browser": returns what a
 * string looks like (an email address, a phone number of 7+ digits, an account/case number such
 * as ACC-004211) or null. Deliberately crude: it cannot recognise names, so the extension's
 * pseudonymous customer keys and strict attribute schemas stay the primary control.
 *
 * @example findRawIdentifier('call me on +358 40 123 4567') // 'a phone number'
 */
export function findRawIdentifier(text: string): string | null {
  // Fast path (this runs on every attribute string of every upload): every pattern below needs
  // an "@" or at least 4 digits.
  if (!text.includes('@') && digitCount(text, 4) < 4) return null;
  const stripped = text.replace(HARMLESS, ' ');
  for (const [what, pattern] of RAW_IDENTIFIERS) if (pattern.test(stripped)) return what;
  return null;
}

// PostgreSQL stores neither NUL nor unpaired UTF-16 surrogates in text or jsonb.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

/**
 * One pass over an attribute value: returns the first problem (not JSON, too deep, a raw-looking
 * string) or null. Hand-written rather than z.json() because it runs for every uploaded event and
 * zod's recursive union costs several times more.
 */
function attributeProblem(value: unknown, depth: number): string | null {
  switch (typeof value) {
    case 'string': {
      if (unstorable(value)) return 'attribute text must be valid Unicode without NUL characters';
      const raw = findRawIdentifier(value);
      return raw && `an attribute looks like ${raw}; raw identifiers never leave the browser`;
    }
    case 'number':
      return Number.isFinite(value) ? null : 'attribute numbers must be finite';
    case 'boolean':
      return null;
    case 'object': {
      if (value === null) return null;
      if (depth >= WIRE_LIMITS.maxAttributesDepth) return 'attributes are nested too deeply';
      const plain = Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype;
      if (!plain) return 'attributes must be plain JSON';
      for (const [key, inner] of Object.entries(value)) {
        const problem =
          (Array.isArray(value) ? null : attributeProblem(key, depth)) ??
          attributeProblem(inner, depth + 1);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return 'attributes must be plain JSON';
  }
}

const encoder = new TextEncoder();
/** Whether `value` serialises to at most `limit` UTF-8 bytes (encoding only when it could not). */
function fitsIn(value: unknown, limit: number): boolean {
  const json = JSON.stringify(value);
  // A UTF-16 code unit is at most 3 UTF-8 bytes: short strings need no encoding pass.
  return json.length * 3 <= limit || encoder.encode(json).length <= limit;
}

/** Event attributes: a small JSON object (≤ 2 KB, ≤ 3 levels) with no raw-looking identifier. */
export const attributesSchema = z
  .record(
    z.string().regex(ATTRIBUTE_KEY, 'attribute names are 1–40 letters, digits or "_"'),
    z.unknown(),
  )
  .superRefine((attributes, ctx) => {
    const problem =
      attributeProblem(attributes, 0) ??
      (fitsIn(attributes, WIRE_LIMITS.maxAttributesBytes)
        ? null
        : `attributes exceed ${WIRE_LIMITS.maxAttributesBytes} bytes`);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** One event as uploaded: an effort signal, nudge, survey answer or interaction start/end. */
export const syncEventSchema = z.strictObject({
  id: z.uuid(),
  type: z.string().regex(EVENT_TYPE, 'type is snake_case, 1–40 characters'),
  at: z.iso.datetime({ offset: true }),
  interactionId: z.uuid(),
  customerKey: z
    .string()
    .regex(CUSTOMER_KEY, 'customerKey must be a pseudonymous key (keyId.hmac)')
    .optional(),
  attributes: attributesSchema.optional(),
});
export type SyncEvent = z.infer<typeof syncEventSchema>;

const UUID = z.regexes.uuid();
const ISO_DATETIME = z.regexes.datetime({ offset: true, precision: null });
const EVENT_KEYS = new Set(['id', 'type', 'at', 'interactionId', 'customerKey', 'attributes']);
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/**
 * The collector's fast path: true only for an event `syncEventSchema` accepts as it is (the same
 * patterns and attribute checks, without zod's per-field machinery: 0.67 ms per 500-event
 * upload against 1.2 ms and more for zod, measured in server/collector/README.md). False means
 * "not sure": the caller asks the schema, which stays the authority and words the error.
 * tests/server/fast-event-check.test.ts holds the two together.
 */
export function isWellFormedEvent(value: unknown): value is SyncEvent {
  if (!isPlainObject(value)) return false;
  for (const key in value) if (!EVENT_KEYS.has(key)) return false;
  const { id, type, at, interactionId, customerKey, attributes } = value;
  if (typeof id !== 'string' || !UUID.test(id)) return false;
  if (typeof type !== 'string' || !EVENT_TYPE.test(type)) return false;
  if (typeof at !== 'string' || !ISO_DATETIME.test(at)) return false;
  if (typeof interactionId !== 'string' || !UUID.test(interactionId)) return false;
  if (
    'customerKey' in value &&
    (typeof customerKey !== 'string' || !CUSTOMER_KEY.test(customerKey))
  )
    return false;
  if (!('attributes' in value)) return true;
  if (!isPlainObject(attributes)) return false;
  for (const key in attributes) if (!ATTRIBUTE_KEY.test(key)) return false;
  return (
    attributeProblem(attributes, 0) === null && fitsIn(attributes, WIRE_LIMITS.maxAttributesBytes)
  );
}

export const clientIdSchema = z.string().regex(SLUG, 'clientId is 1–64 letters, digits or _.:-');

/** What the client sends to `POST /v1/events`. */
export const eventUploadRequestSchema = z.strictObject({
  clientId: clientIdSchema,
  events: z.array(syncEventSchema).max(WIRE_LIMITS.maxEventsPerRequest),
});
export type EventUploadRequest = z.infer<typeof eventUploadRequestSchema>;

/**
 * What the collector accepts as a whole request. Events are checked one by one afterwards, so a
 * poison event is `rejected` alone; each needs only a string id to be reported against.
 */
export const eventUploadEnvelopeSchema = z.strictObject({
  clientId: clientIdSchema,
  // z.custom, not z.looseObject: checks the id without copying 500 objects on the hot path.
  events: z.array(
    z.custom<{ id: string }>(
      (event) => {
        const id = (event as { id?: unknown } | null)?.id;
        return typeof id === 'string' && id.length > 0 && id.length <= 64;
      },
      { message: 'each event must be an object with a string id (≤ 64 characters)' },
    ),
  ),
});

export const eventResultSchema = z.strictObject({
  id: z.string(),
  status: z.enum(EVENT_STATUSES),
  message: z.string().optional(),
});
export type EventResult = z.infer<typeof eventResultSchema>;

/** The reply to `POST /v1/events`: one result per event, in request order, sent after commit. */
export const eventUploadResponseSchema = z.strictObject({ results: z.array(eventResultSchema) });
export type EventUploadResponse = z.infer<typeof eventUploadResponseSchema>;

export const checklistIdSchema = z.string().regex(SLUG, 'checklist id is 1–64 letters or digits');

/** A checklist in the trainer's export format; opaque to the collector (the extension validates it). */
export const checklistBodySchema = z
  .record(z.string(), z.json())
  .refine((checklist) => fitsIn(checklist, WIRE_LIMITS.maxChecklistBytes), {
    message: `checklist exceeds ${WIRE_LIMITS.maxChecklistBytes} bytes`,
  });

/** Body of `PUT /v1/checklists/:id`; `version` must exceed the stored one (else 409). */
export const checklistPublishBodySchema = z.strictObject({
  version: z.int().min(1).max(2_147_483_647),
  checklist: checklistBodySchema,
});

export const checklistPublishResponseSchema = z.strictObject({
  id: z.string(),
  version: z.int(),
});

export const publishedChecklistSchema = z.strictObject({
  id: z.string(),
  version: z.int(),
  checklist: z.record(z.string(), z.json()),
  publishedAt: z.string(),
});
export type PublishedChecklist = z.infer<typeof publishedChecklistSchema>;

/** Reply to `GET /v1/checklists` (with an ETag header). */
export const checklistListResponseSchema = z.strictObject({
  checklists: z.array(publishedChecklistSchema),
});

/** Reply to `GET /v1/summary` for the token's team over [from, to). */
export const summaryResponseSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  eventCount: z.int(),
  interactionCount: z.int(),
  byType: z.record(z.string(), z.int()),
});
export type SummaryResponse = z.infer<typeof summaryResponseSchema>;

export const contactSchema = z.strictObject({
  interactionId: z.string(),
  startedAt: z.string(),
  channel: z.string().nullable(),
  category: z.string().nullable(),
  outcome: z.string().nullable(),
});
export type Contact = z.infer<typeof contactSchema>;

/** Reply to `GET /v1/customers/:customerKey/contacts`: the team's contacts, newest first. */
export const contactsResponseSchema = z.strictObject({
  customerKey: z.string(),
  days: z.int(),
  contacts: z.array(contactSchema),
});

/** Every error reply; 409 on publish also carries the stored `version`. */
export const errorResponseSchema = z.looseObject({ error: z.string() });

export const customerKeySchema = z.string().regex(CUSTOMER_KEY);
