import { z } from 'zod';
import { SIGNAL_TYPES, type SignalType } from './taxonomy';

/** Points each signal adds to the effort index (0–100 per signal). */
export type EffortWeights = Readonly<Record<SignalType, number>>;

/**
 * Default weights, from the research (Gartner; Dixon & Toman, *The Effortless Experience*):
 * - `repeat_contact` 30: the customer had to come back at all; repeat calls are the costliest
 *   effort and the one next-issue avoidance targets (low effort cuts repeat calls up to 40%).
 * - `transfer` 25 and `channel_switch` 25: top of the "peanut butter" list (transfers between
 *   departments, forcing a channel switch; low effort cuts channel switching 54%).
 * - `repeated_info` 20: making customers repeat information such as account numbers.
 * - `escalation` 20: low-effort service cuts escalations 50%.
 * - `callback_needed` 15 and `self_service_failure` 15: the issue was not settled in this contact;
 *   confusing or broken self-service pushed the customer here.
 * - `hold` 10 per started 5 minutes, at most 3 units (see HOLD_UNIT_SECONDS): long waits.
 * - `generic_service` 10: one of Gartner's five indicators, but the softest to judge.
 * Four heavy signals (repeat + transfer + channel switch + repeated info) reach the cap of 100.
 */
export const DEFAULT_EFFORT_WEIGHTS: EffortWeights = {
  transfer: 25,
  channel_switch: 25,
  repeated_info: 20,
  repeat_contact: 30,
  hold: 10,
  escalation: 20,
  callback_needed: 15,
  self_service_failure: 15,
  generic_service: 10,
};

/** The effort index never exceeds this: beyond it the interaction is simply "very high effort". */
export const EFFORT_INDEX_MAX = 100;
/** A hold counts its weight once per started block of this many seconds… */
export const HOLD_UNIT_SECONDS = 300;
/** …up to this many blocks, so one endless hold cannot drown every other signal. */
export const HOLD_MAX_UNITS = 3;

/** The minimal signal shape the index needs; attributes only matter for `hold`. */
export interface WeightedSignal {
  type: SignalType;
  attributes?: { durationSeconds?: number } | Record<string, unknown>;
}

function holdUnits(attributes: WeightedSignal['attributes']): number {
  const seconds = (attributes as { durationSeconds?: unknown } | undefined)?.durationSeconds;
  // Unknown duration (the agent just pressed "h") counts as one block.
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return 1;
  return Math.min(HOLD_MAX_UNITS, Math.ceil(seconds / HOLD_UNIT_SECONDS));
}

/**
 * Effort index of one interaction: the sum of its signals' weights, capped at 100. Every
 * occurrence counts (two transfers are worse than one); 0 means no effort signal was logged.
 *
 * @example effortIndex([{ type: 'transfer' }, { type: 'repeated_info' }]) // 45
 * @example effortIndex([{ type: 'hold', attributes: { durationSeconds: 600 } }]) // 20
 */
export function effortIndex(
  signals: readonly WeightedSignal[],
  weights: EffortWeights = DEFAULT_EFFORT_WEIGHTS,
): number {
  let total = 0;
  for (const signal of signals) {
    const weight = weights[signal.type] ?? 0; // an unknown type from an old row adds nothing
    total += signal.type === 'hold' ? weight * holdUnits(signal.attributes) : weight;
  }
  return Math.min(EFFORT_INDEX_MAX, total);
}

const weightSchema = z
  .number()
  .min(0, 'a weight cannot be negative')
  .max(EFFORT_INDEX_MAX, `a weight cannot exceed ${EFFORT_INDEX_MAX}`);

/** Zod schema of user-supplied weights: any subset of the signal types; the rest keep defaults. */
export const effortWeightsSchema = z.strictObject(
  Object.fromEntries(SIGNAL_TYPES.map((type) => [type, weightSchema.optional()])) as Record<
    SignalType,
    z.ZodOptional<typeof weightSchema>
  >,
);

/**
 * Validates weights from settings or the collector and fills in defaults for missing types.
 *
 * @example validateEffortWeights({ transfer: 40 }) // { ok: true, weights: { transfer: 40, … } }
 */
export function validateEffortWeights(
  input: unknown,
):
  | { ok: true; weights: EffortWeights }
  | { ok: false; errors: { path: string; message: string }[] } {
  const result = effortWeightsSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => ({
        path: ['$', ...issue.path.map(String)].join('.'),
        message:
          issue.code === 'unrecognized_keys'
            ? `unknown signal type ${issue.keys.join(', ')}`
            : issue.message,
      })),
    };
  }
  const weights: Record<SignalType, number> = { ...DEFAULT_EFFORT_WEIGHTS };
  for (const type of SIGNAL_TYPES) weights[type] = result.data[type] ?? weights[type];
  return { ok: true, weights };
}
