import { normalizeFieldValue, valueKind } from './normalize-value';

/** A captured field: its key (e.g. `accountNumber`) and the value on screen. */
export interface FieldValue {
  key: string;
  value: string;
}

/**
 * Detects repeated information: the agent has just entered (or the customer has just said) a value
 * the customer had already given, e.g. in the IVR, in the CRM record, in an earlier contact.
 * Returns the key of the already-given field, or null.
 *
 * Values are compared after `normalizeFieldValue`. A match under the SAME key always counts. Under
 * a different key it counts only for identifier-like values (email, phone, anything with a digit):
 * the same phone number in "mobile" and "phone" is the same information, but "yes" in two free-text
 * fields is not. Empty values never match. When several fields match, the same key wins.
 *
 * @example detectRepeatedInfo([{ key: 'phone', value: '+33 6 12 34 56 78' }],
 *   { key: 'mobile', value: '06 12 34 56 78' }) // 'phone'
 */
export function detectRepeatedInfo(
  alreadyGiven: readonly FieldValue[],
  entered: FieldValue,
): string | null {
  const target = normalizeFieldValue(entered.value);
  if (target === '') return null;
  const identifierLike = valueKind(entered.value) !== 'text';
  let otherKey: string | null = null;
  for (const given of alreadyGiven) {
    if (normalizeFieldValue(given.value) !== target) continue;
    if (given.key === entered.key) return given.key;
    if (identifierLike && otherKey === null) otherKey = given.key;
  }
  return otherKey;
}
