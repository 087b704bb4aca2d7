import { closestComposed, composedParent } from './dom';
import { clean, fold } from './text';

// Landmarks that hold the agent's own identity or site chrome, never the customer's record.
const OUT_ROLE = /^(?:banner|navigation|search|menu|menubar|feed|log|contentinfo|tooltip)$/;
const OUT_CLASS =
  /(?:^|[\s_-])(?:user-?menu|user-?profile|profile-?menu|account-?menu|global-?header|global-?nav|app-?header|top-?bar|navbar|site-?header|feed|timeline|activit(?:y|ies)|history|chatter|audit|related|breadcrumbs?)(?=$|[\s_-])/i;
const SECTIONING = 'main,article,section,aside,form,dialog,[role=main],[role=region],[role=dialog]';

/**
 * Is this element itself a zone whose content is not the current customer: app banner, nav,
 * search, user menu, activity feed, history, related lists? A caller that already read the tag,
 * role and class passes them in.
 */
export function isOutsideSelf(
  el: Element,
  tag = el.localName,
  role = el.getAttribute('role'),
  cls = el.getAttribute('class'),
): boolean {
  if (tag === 'nav') return true;
  // A <header>/<footer> is the page banner unless it sits inside sectioning content (ARIA rule),
  // also when that content is outside the web component whose shadow root holds it.
  if (tag === 'header' || tag === 'footer') {
    const parent = composedParent(el);
    if (!parent || !closestComposed(parent, SECTIONING)) return true;
  }
  if (role && OUT_ROLE.test(role)) return true;
  return !!cls && OUT_CLASS.test(cls);
}

// Titles of blocks that are not the current customer: a related party's, with the same labels as
// the customer's own (issue 14: parent account, household, billing contact, account manager… in
// EN/FR/FI), related lists, activity and history.
const ZONE_TITLE =
  /^(?:(?:parent (?:account|company)|account (?:manager|owner)|household|billing contact|compte parent|gestionnaire de compte|conseiller|foyer|contact de facturation|paatili|asiakasvastaava|kotitalous|laskutuksen yhteyshenkilo)\b|(?:related|other|associated|linked|previous|past|recent|older)\b.*\b(?:contacts?|cases?|tickets?|people|persons?|customers?|incidents?|requests?)\b|open (?:cases|tickets|incidents|requests)\b|(?:\w+ )?(?:activity|activities|timeline|history|feed|chatter|interactions?|notes|journal|audit|historique|activites?|fil d'actualite|chronologie|contacts associes|autres contacts|dossiers precedents|demandes precedentes|anciens dossiers|historia|tapahtumat|tapahtumahistoria|aikajana|aiemmat|muut yhteyshenkilot|liittyvat|yhteyshenkilot)\b)/;
// Card titles that are no heading element (MUI CardHeader, Ant Design cards) title their card all
// the same. Found by class during the scan's walk: a class-substring query costs a whole walk.
export const CARD_TITLE = /card-?head(?:er)?-?title/i;
const CARD_TITLES = '[class*="CardHeader-title"],[class*="card-head-title"]';
const HEADINGS = `h1,h2,h3,h4,h5,h6,[role=heading],caption,legend,${CARD_TITLES}`;

/**
 * The start of an element's text, cleaned, read text node by text node until it is longer than
 * `max`: a prefix of `clean(el.textContent)`, without building the text of a whole big section.
 * Open shadow roots count (a component's content is the section's content), read before the
 * host's own children.
 */
function textStart(el: Element, max: number): string {
  let text = '';
  // Depth-first with an explicit stack: deep pages must not exhaust the call stack.
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop() as Node;
    if (n.nodeType === 3 || n.nodeType === 4) {
      // Collapsed as it grows, so runs of whitespace-only nodes keep it short.
      text = (text + (n as Text).data).replace(/[\s\u200b]+/g, ' ');
      if (text.length > max + 1 && clean(text).length > max) break;
      continue;
    }
    // Inline <style> (CSS-in-JS server rendering) and <script> are not text a person reads.
    if (n.nodeType === 1 && /^(?:style|script|template)$/.test((n as Element).localName)) continue;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    const shadow = n.nodeType === 1 ? (n as Element).shadowRoot : null;
    if (shadow) for (let c = shadow.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return clean(text);
}

/**
 * Finds sections titled "Related contacts", "Activity", "Historique", "Aiemmat tapaukset"… and
 * returns the elements they cover, so older case ids and other people are not captured.
 */
export function titledZones(scope: Element | ShadowRoot, headings: Element[]): Set<Element> {
  const out = new Set<Element>();
  // The true headings in document order. A box holds its elements as one run of that order, so
  // it holds another heading than heads[i] exactly when it holds heads[i - 1] or heads[i + 1].
  const heads = headings.filter((h) => h.matches(HEADINGS));
  const at = new Map(heads.map((h, i) => [h, i]));
  const holds = (box: Element, other: Element | undefined) => !!other && box.contains(other);
  const another = (p: Element, i: number) => holds(p, heads[i - 1]) || holds(p, heads[i + 1]);
  for (const h of headings) {
    const i = at.get(h);
    const title = i !== undefined ? (h.textContent ?? '') : (h.getAttribute('aria-label') ?? '');
    if (title.length > 80 || !ZONE_TITLE.test(fold(title))) continue;
    if (i === undefined) {
      out.add(h);
      continue;
    }
    const name = clean(title);
    // Climb wrappers the heading opens (card > card-header > h3) while they hold no other heading.
    let top: Element = h;
    for (let p = top.parentElement; p && p !== scope; p = top.parentElement) {
      if (/^(?:main|body)$/.test(p.localName) || another(p, i)) break;
      // The title is in the wrapper's text: not among its first 20 characters, the wrapper has more.
      const pos = top.previousElementSibling ? textStart(p, 20 + name.length).indexOf(name) : 0;
      if (pos < 0 || pos > 20) break;
      top = p;
    }
    // The heading (or its wrapper) holds nothing else: the zone is what follows, up to the next heading.
    if (textStart(top, name.length + 2).length > name.length + 2) out.add(top);
    else {
      // The first heading after `top` is the first one a later sibling can hold.
      let j = i + 1;
      while (holds(top, heads[j])) j++;
      for (let s = top.nextElementSibling; s; s = s.nextElementSibling) {
        if (holds(s, heads[j])) break;
        out.add(s);
      }
    }
  }
  return out;
}
