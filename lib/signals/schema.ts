import { z } from 'zod';
import { CHANNELS, type SignalType } from './taxonomy';

/**
 * Wire format of effort-signal attributes, shared by the extension and the collector.
 * Objects are strict: an unknown attribute is rejected rather than synced, so nothing (least of
 * all a raw customer value) rides along unnoticed. Attributes a one-keystroke log cannot know
 * (which field, how long the hold) are optional.
 */

const fieldKey = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'a captured-field key: 1–64 letters, digits, "_", "-" or "."');

/** Who logged it: the agent (a key or click) or the extension (detected automatically). */
const common = { source: z.enum(['agent', 'auto']).optional() };

/** Attribute schema per signal type. */
export const SIGNAL_ATTRIBUTE_SCHEMAS = {
  transfer: z.strictObject({ ...common, toQueue: z.string().min(1).max(64).optional() }),
  channel_switch: z.strictObject({
    ...common,
    from: z.enum(CHANNELS).optional(),
    to: z.enum(CHANNELS).optional(),
  }),
  /** `field`: the key of the captured field the customer had to give again (never its value). */
  repeated_info: z.strictObject({ ...common, field: fieldKey.optional() }),
  /** `count`: contacts in the window including this one (≥ 2 for a repeat). */
  repeat_contact: z.strictObject({
    ...common,
    count: z.int().min(2).max(1000).optional(),
    windowDays: z.number().positive().max(365).optional(),
  }),
  /** `durationSeconds`: how long the customer was on hold (max one day). */
  hold: z.strictObject({ ...common, durationSeconds: z.int().min(0).max(86_400).optional() }),
  escalation: z.strictObject({ ...common }),
  callback_needed: z.strictObject({ ...common }),
  self_service_failure: z.strictObject({ ...common }),
  generic_service: z.strictObject({ ...common }),
} as const satisfies Record<SignalType, z.ZodType>;

/** Attributes of one signal type, as validated. */
export type SignalAttributes<T extends SignalType = SignalType> = z.infer<
  (typeof SIGNAL_ATTRIBUTE_SCHEMAS)[T]
>;

const signal = <T extends SignalType>(type: T) =>
  z.strictObject({
    type: z.literal(type),
    attributes: SIGNAL_ATTRIBUTE_SCHEMAS[type].optional(),
  });

/** One effort signal on the wire: its type and the attributes valid for that type. */
export const effortSignalSchema = z.discriminatedUnion('type', [
  signal('transfer'),
  signal('channel_switch'),
  signal('repeated_info'),
  signal('repeat_contact'),
  signal('hold'),
  signal('escalation'),
  signal('callback_needed'),
  signal('self_service_failure'),
  signal('generic_service'),
]);

/** A validated effort signal. */
export type EffortSignal = z.infer<typeof effortSignalSchema>;

/**
 * Validates the attributes of a signal of the given type.
 *
 * @example parseSignalAttributes('hold', { durationSeconds: 90 }).success // true
 */
export function parseSignalAttributes<T extends SignalType>(type: T, attributes: unknown) {
  const schema: z.ZodType = SIGNAL_ATTRIBUTE_SCHEMAS[type];
  return schema.safeParse(attributes ?? {}) as z.ZodSafeParseResult<SignalAttributes<T>>;
}
