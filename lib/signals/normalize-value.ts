/**
 * Normalises captured-field values so "the same information" compares equal however it was typed:
 * `+33 6 12 34 56 78` = `06.12.34.56.78`, `FR-1234 5678` = `fr12345678`, `Hélène  Dupont` =
 * `helene dupont`. Used to notice when an agent makes a customer repeat something already given.
 */

/** What a value looks like, which decides how it is normalised. */
export type ValueKind = 'email' | 'phone' | 'id' | 'text';

/**
 * Country calling codes whose numbers use a national trunk "0" (Europe around FR/FI, plus NANP).
 * Longest first, so +358 is not read as +35. A code not listed keeps its "+" form and only matches
 * a number written the same international way.
 */
const COUNTRY_CODES = [
  '358',
  '372',
  '352',
  '353',
  '33',
  '32',
  '41',
  '44',
  '49',
  '46',
  '47',
  '45',
  '31',
  '34',
  '39',
  '1',
];

/** Only digits, spaces and phone punctuation, with at least 6 digits. */
const PHONE_SHAPE = /^\+?[\d\s().\-/]+$/;

/** Classifies a raw value by its shape (not by its field key, so both sides classify alike). */
export function valueKind(raw: string): ValueKind {
  const value = raw.trim();
  if (/^[^\s@]+@[^\s@]+$/.test(value)) return 'email';
  if (PHONE_SHAPE.test(value) && value.replace(/\D/g, '').length >= 6) return 'phone';
  if (/\d/.test(value)) return 'id';
  return 'text';
}

/**
 * A phone number reduced to its national significant number: separators removed, an international
 * prefix (`+` or `00`) and a known country code dropped, then the trunk `0` dropped, so
 * `+33 6 12 34 56 78`, `0033612345678` and `06 12 34 56 78` all give `612345678`, and
 * `+358 40 123 4567` and `040 1234567` give `401234567`. "(0)" as in `+44 (0)20…` is dropped too.
 */
export function normalizePhone(raw: string): string {
  let value = raw.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (value.startsWith('00')) value = `+${value.slice(2)}`;
  if (value.startsWith('+')) {
    const digits = value.slice(1);
    const code = COUNTRY_CODES.find((c) => digits.startsWith(c));
    return code === undefined ? value : digits.slice(code.length).replace(/^0/, '');
  }
  return value.replace(/^0/, '');
}

/**
 * Normalises a value for comparison according to its kind:
 * - email: trimmed, lower case;
 * - phone: `normalizePhone`;
 * - id (contains a digit): spaces, `-`, `.`, `/`, `_` removed, lower case;
 * - text: accents removed, lower case, curly quotes straightened, whitespace collapsed.
 */
export function normalizeFieldValue(raw: string): string {
  const kind = valueKind(raw);
  const value = raw.normalize('NFKC').trim();
  switch (kind) {
    case 'email':
      return value.toLowerCase();
    case 'phone':
      return normalizePhone(value);
    case 'id':
      return value.replace(/[\s\-./_]/g, '').toLowerCase();
    case 'text':
      return value
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[’‘`´]/g, "'")
        .replace(/\s+/g, ' ')
        .toLowerCase();
  }
}
