import type { SignalType } from './taxonomy';

/** How the panel presents and records one signal type. */
export interface SignalMeta {
  /**
   * Default single key in the panel's signal bar (lower case), or null when the type has no key.
   * Mnemonic in English; users can remap them in settings.
   */
  readonly key: string | null;
  /** The agent can log it by hand (one keystroke). */
  readonly manual: boolean;
  /**
   * It can be recorded automatically from data the extension already has (history, captured
   * fields, the interaction's outcome), without the agent pressing anything.
   */
  readonly automatic: boolean;
  /** i18n key of the short label ("Transfer"). */
  readonly labelKey: string;
  /** i18n key of the one-line explanation shown as a tooltip. */
  readonly hintKey: string;
}

const meta = (type: SignalType, key: string | null, manual: boolean, automatic: boolean) => ({
  key,
  manual,
  automatic,
  labelKey: `signals.${type}.label`,
  hintKey: `signals.${type}.hint`,
});

/**
 * Metadata per signal type. Automatic sources: `repeat_contact` from the customer's history,
 * `channel_switch` from the previous contact's channel, `repeated_info` from captured fields,
 * `transfer` / `escalation` / `callback_needed` from the interaction's outcome. `repeat_contact`
 * also has a key ("p", re-Peat) because the customer may have called another agent whose history
 * this browser does not have.
 */
export const SIGNAL_META = {
  transfer: meta('transfer', 't', true, true),
  channel_switch: meta('channel_switch', 'c', true, true),
  repeated_info: meta('repeated_info', 'r', true, true),
  repeat_contact: meta('repeat_contact', 'p', true, true),
  hold: meta('hold', 'h', true, false),
  escalation: meta('escalation', 'e', true, true),
  callback_needed: meta('callback_needed', 'b', true, true),
  self_service_failure: meta('self_service_failure', 's', true, false),
  generic_service: meta('generic_service', 'g', true, false),
} as const satisfies Record<SignalType, SignalMeta>;

/**
 * The signal type bound to a key in the default bar, or undefined.
 *
 * @example signalTypeForKey('T') // 'transfer'
 */
export function signalTypeForKey(key: string): SignalType | undefined {
  const lower = key.toLowerCase();
  return (Object.keys(SIGNAL_META) as SignalType[]).find((type) => SIGNAL_META[type].key === lower);
}
