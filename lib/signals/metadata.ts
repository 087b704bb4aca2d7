import type { SignalType } from './taxonomy';

/** How the panel presents one signal type. */
export interface SignalMeta {
  /**
   * Single key in the panel's signal bar (lower case), or null when the type has no key. Mnemonic
   * in English.
   */
  readonly key: string | null;
}

/**
 * Metadata per signal type. `repeat_contact` has a key ("p", re-Peat) although it is also detected
 * from the customer's history: the customer may have called another agent whose history this
 * browser does not have.
 */
export const SIGNAL_META = {
  transfer: { key: 't' },
  channel_switch: { key: 'c' },
  repeated_info: { key: 'r' },
  repeat_contact: { key: 'p' },
  hold: { key: 'h' },
  escalation: { key: 'e' },
  callback_needed: { key: 'b' },
  self_service_failure: { key: 's' },
  generic_service: { key: 'g' },
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
