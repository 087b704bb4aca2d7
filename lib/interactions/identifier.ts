/** Captured keys that identify a customer, strongest first: the account, else the email, else the phone. */
export const IDENTIFIER_KEYS = ['accountNumber', 'email', 'phone'] as const;
export type IdentifierKey = (typeof IDENTIFIER_KEYS)[number];

/**
 * Normalises an identifier so the same customer gets the same key whatever the formatting:
 * account numbers keep letters and digits, upper-cased ("acc 004211" = "ACC-004211"); emails are
 * lower-cased (NFC); phones keep their last 9 digits, which makes "+33 6 12 34 56 78" and
 * "06 12 34 56 78" (or "+358 40 123 4567" and "040 1234567") the same number without knowing the
 * country. Returns null when nothing usable remains.
 */
export function normalizeIdentifier(key: IdentifierKey, value: string): string | null {
  const text = value.normalize('NFC').trim();
  let out: string;
  if (key === 'email') out = text.toLowerCase();
  else if (key === 'phone') out = text.replace(/\D/g, '').slice(-9);
  else out = text.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (key === 'phone' && out.length < 6) return null;
  return out || null;
}

/** The customer's primary identifier among captured fields: account number, else email, else phone. */
export function primaryIdentifier(
  fields: readonly { key: string; value: string }[],
): { key: IdentifierKey; normalized: string } | null {
  for (const key of IDENTIFIER_KEYS) {
    const field = fields.find((f) => f.key === key);
    const normalized = field && normalizeIdentifier(key, field.value);
    if (normalized) return { key, normalized };
  }
  return null;
}
