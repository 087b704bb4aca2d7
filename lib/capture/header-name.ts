import type { Ctx } from './context';
import { push } from './collect-text';
import { inlineId } from './labels';
import { clean, fold } from './text';

// Two to four capitalised words (particles allowed): "Hélène Dubois-Lefèvre", "Sean O'Brien".
const PERSON =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:de|du|da|di|dos|van|von|der|le|la|af|bin|al)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// Titles that are shaped like names but name screens, problems or companies (a parent account in
// a breadcrumb: issue 14), not people.
const NOT_PERSON =
  /\b(?:service|support|console|dashboard|home|inbox|search|results|contacts?|cases?|tickets?|accounts?|customers?|clients?|details?|overview|billing|invoice|payment|order|outage|issue|problem|request|settings|report|new|edit|view|all|my|recent|open|accueil|tableau|recherche|resultats|asiakkaat|tiketit|haku|yhteenveto|holdings?|group|ltd|inc|corp|llc|plc|gmbh|sas?|oyj?|ab|bank)\b/;

/** Shaped like a person's name, and not a screen's, a problem's or a company's. */
export const isPerson = (text: string): boolean =>
  PERSON.test(text) && !NOT_PERSON.test(fold(text));

// "Case 00123 · Name", "Tapaus TAP-20931 – Name": a case header that also names the customer.
const SEPARATOR = /\s+[·|–—:-]\s+/;

/**
 * The person a header names: its text with its parts kept apart ("Person Account" + "Olivia
 * Grant" in an SLDS header are two spans with no space between), or else one of those parts.
 */
function personIn(el: Element): string | null {
  // Text nodes of one element run on (a <wbr> inside a name); another element's start a part.
  const raw: string[] = [];
  let parent: Element | null = null;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t && raw.length < 8; t = walker.nextNode()) {
    if (t.parentElement === parent && raw.length) raw[raw.length - 1] += (t as Text).data;
    else raw.push((t as Text).data);
    parent = t.parentElement;
  }
  const parts = raw.map(clean).filter(Boolean);
  const whole = clean(parts.join(' '));
  if (isPerson(whole)) return whole;
  const pieces = whole.split(SEPARATOR);
  if (pieces.length === 2 && pieces.some((p) => inlineId(p)))
    return pieces.find((p) => isPerson(p)) ?? null;
  return parts.length > 1 ? (parts.find(isPerson) ?? null) : null;
}

/** The customer's name from the record header, when the page has no Name field. */
export function collectHeaderName(ctx: Ctx): void {
  let n = 0;
  for (const el of ctx.scan.titles) {
    if (++n > 20) return;
    const text = personIn(el);
    if (!text) continue;
    // h2/h3 and classed boxes are weaker hints (contact cards, previews) than an h1.
    push(
      ctx,
      'customerName',
      text,
      el.localName === 'h1' || el.getAttribute('aria-level') === '1' ? 0.62 : 0.45,
      'header',
      el,
    );
  }
  // Contact cards: an avatar, then the name as the first line beside it.
  n = 0;
  for (const av of ctx.scan.avatars) {
    if (++n > 10) return;
    const next = av.nextElementSibling;
    const walker = av.ownerDocument.createTreeWalker(next ?? av, 4 /* SHOW_TEXT */);
    let t = next ? walker.nextNode() : null;
    while (t && !clean(t.textContent ?? '')) t = walker.nextNode();
    const text = clean(t?.textContent ?? '');
    if (t && isPerson(text)) push(ctx, 'customerName', text, 0.4, 'header', t.parentElement);
  }
}
