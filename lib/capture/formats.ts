import { clean, fold } from './text';
import type { CandidateKey } from './types';

// Markers CRMs print in place of a missing value (EN/FR/FI).
const EMPTY =
  /^(?:[-–—_.?…\s]*|n\/?a|none|null|nil|unknown|not set|not provided|inconnu|aucune?|non renseigne|non communique|ei tiedossa|tuntematon|ei asetettu)$/;
const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:.]{2,}$/u;
const PHONE = /^\+?[\d\s().\-/]+$/;
const EXT = /\s*(?:ext\.?|x|poste)\s*\d{1,6}$/i;
const DATE = /^\d{1,4}([./-])\d{1,2}\1\d{1,4}$/;
const AMOUNT = /^\d+[.,]\d{1,2}$/;
// Up to 40 characters: Dynamics and ServiceNow record ids are 32–36 character GUIDs.
const ID = /^(?=\D*\d)[A-Za-z0-9][\w\-#/.]{1,39}$/;
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/;
// An id written in blocks of 3–4 digits, with or without a capital-letter prefix, as shown
// ("4410 2291 0735", "AD 120 455 789", "SOP 2210 4471"): issue 14. Dates ("12 03 1985"), amounts
// ("1 250") and FR phones ("06 12 34 56 78") have shorter blocks; FI phones ("040 123 4567")
// open with a 0 and have no prefix, and are refused.
// With a prefix two blocks or more; without, three or more and no leading 0.
const SPACED = /^(?:\p{Lu}{1,4}[- ]?\d{3,4}(?: \d{3,4}){1,5}|[1-9]\d{2,3}(?: \d{3,4}){2,5})$/u;
// Words of letters joined by one hyphen/apostrophe or a space: "Dubois-Lefèvre, Hélène", not "X - Saved".
const NAME = /^\p{L}[\p{L}\p{M}.]*(?:(?:[-'’]|,? )\p{L}[\p{L}\p{M}.]*)*$/u;

/** True for "---", "N/A", "Non renseigné", "Ei tiedossa"…: shown, but not a value. */
export const isEmptyValue = (v: string): boolean => EMPTY.test(fold(v));

/**
 * Returns the value as it should be reported for `key`, or null when its shape does not fit
 * (phone 6–15 digits, email shape, id = letters+digits or plain digits, name = letters only).
 * @example normalizeValue('caseId', '#4521') // '4521'
 */
export function normalizeValue(key: CandidateKey, raw: string): string | null {
  let v = clean(raw);
  if (!v || v.length > 120 || isEmptyValue(v)) return null;
  if (key === 'email') {
    v = v.replace(/^mailto:/i, '');
    return EMAIL.test(v) ? v : null;
  }
  if (key === 'phone') {
    v = v.replace(/^tel:/i, '');
    const core = v.replace(EXT, '');
    const digits = core.replace(/\D/g, '').length;
    return PHONE.test(core) && digits >= 6 && digits <= 15 && !DATE.test(core) ? v : null;
  }
  if (key === 'accountNumber' || key === 'caseId') {
    // "#4521" and "N° 4521" are decorations around the id, not part of it.
    v = v.replace(/^(?:#|n[°º]\s*|no\.?\s+)/i, '');
    if (!(ID.test(v) || SPACED.test(v)) || DATE.test(v) || AMOUNT.test(v)) return null;
    // Finnish "tilinumero" is often a bank account: an IBAN is never the customer id.
    return key === 'accountNumber' && IBAN.test(v.toUpperCase()) ? null : v;
  }
  return NAME.test(v) && v.length <= 60 && v.split(' ').length <= 5 && /\p{L}.*\p{L}/u.test(v)
    ? v
    : null;
}

/**
 * Comparable form of a value, so "06 12 34 56 78" and "0612345678" count as one, and so do
 * "PG 4400 1298" and "PG-44001298".
 */
export const sameValue = (key: CandidateKey, v: string): string =>
  key === 'phone'
    ? v.replace(/\D/g, '')
    : key === 'accountNumber' || key === 'caseId'
      ? fold(v).replace(/[^a-z0-9]/g, '')
      : fold(v);
