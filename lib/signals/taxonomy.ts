/**
 * The effort-signal taxonomy. The wire names are STABLE: they are stored in Dexie, synced to the
 * collector and referenced by checklist triggers, so never rename one; add a new name instead.
 */

/**
 * Every effort-signal type. Gartner's high-effort indicators (channel switching, repeating
 * information, generic service, transfers, repeat contacts) plus the Dixons "peanut butter" list
 * (long holds, escalations, callbacks, broken self-service).
 */
export const SIGNAL_TYPES = [
  'transfer',
  'channel_switch',
  'repeated_info',
  'repeat_contact',
  'hold',
  'escalation',
  'callback_needed',
  'self_service_failure',
  'generic_service',
] as const;

/** One effort-signal type (its stable wire name). */
export type SignalType = (typeof SIGNAL_TYPES)[number];

/** Contact channels. */
export const CHANNELS = ['phone', 'chat', 'email', 'social', 'in_person'] as const;

/** A contact channel. */
export type Channel = (typeof CHANNELS)[number];

/** Interaction outcomes. */
export const OUTCOMES = ['resolved', 'unresolved', 'transferred', 'escalated', 'callback'] as const;

/** An interaction outcome. */
export type Outcome = (typeof OUTCOMES)[number];

/** Type guard for untrusted strings (messages, imports). */
export function isSignalType(value: unknown): value is SignalType {
  return typeof value === 'string' && (SIGNAL_TYPES as readonly string[]).includes(value);
}
