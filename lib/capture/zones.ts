import { clean, fold } from './text';

// Landmarks that hold the agent's own identity or site chrome, never the customer's record.
const OUT_ROLE = /^(?:banner|navigation|search|menu|menubar|feed|log|contentinfo|tooltip)$/;
const OUT_CLASS =
  /(?:^|[\s_-])(?:user-?menu|user-?profile|profile-?menu|account-?menu|global-?header|global-?nav|app-?header|top-?bar|navbar|site-?header|feed|timeline|activit(?:y|ies)|history|chatter|audit|related|breadcrumbs?)(?=$|[\s_-])/i;
const SECTIONING = 'main,article,section,aside,form,dialog,[role=main],[role=region],[role=dialog]';

/**
 * Is this element itself a zone whose content is not the current customer: app banner, nav,
 * search, user menu, activity feed, history, related lists?
 */
export function isOutsideSelf(el: Element): boolean {
  const tag = el.localName;
  if (tag === 'nav') return true;
  // A <header>/<footer> is the page banner unless it sits inside sectioning content (ARIA rule).
  if ((tag === 'header' || tag === 'footer') && !el.parentElement?.closest(SECTIONING)) return true;
  const role = el.getAttribute('role');
  if (role && OUT_ROLE.test(role)) return true;
  const cls = el.getAttribute('class');
  return !!cls && OUT_CLASS.test(cls);
}

const ZONE_TITLE =
  /^(?:(?:related|other|associated|linked|previous|past|recent|older|open)\b.*\b(?:contacts?|cases?|tickets?|people|persons?|customers?|incidents?|requests?)\b|(?:\w+ )?(?:activity|activities|timeline|history|feed|chatter|interactions?|notes|journal|audit|historique|activites?|fil d'actualite|chronologie|contacts associes|autres contacts|dossiers precedents|demandes precedentes|anciens dossiers|historia|tapahtumat|tapahtumahistoria|aikajana|aiemmat|muut yhteyshenkilot|liittyvat|yhteyshenkilot)\b)/;
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading],caption,legend';

/**
 * Finds sections titled "Related contacts", "Activity", "Historique", "Aiemmat tapaukset"… and
 * returns the elements they cover, so older case ids and other people are not captured.
 */
export function titledZones(scope: Element, headings: Element[]): Set<Element> {
  const out = new Set<Element>();
  for (const h of headings) {
    const title = h.matches(HEADINGS)
      ? (h.textContent ?? '')
      : (h.getAttribute('aria-label') ?? '');
    if (title.length > 80 || !ZONE_TITLE.test(fold(title))) continue;
    if (!h.matches(HEADINGS)) {
      out.add(h);
      continue;
    }
    // Climb wrappers the heading opens (card > card-header > h3) while they hold no other heading.
    let top: Element = h;
    for (let p = top.parentElement; p && p !== scope; p = top.parentElement) {
      if (/^(?:main|body)$/.test(p.localName) || p.querySelectorAll(HEADINGS).length > 1) break;
      if (top.previousElementSibling && clean(p.textContent ?? '').indexOf(clean(title)) > 20)
        break;
      top = p;
    }
    // The heading (or its wrapper) holds nothing else: the zone is what follows, up to the next heading.
    if (clean(top.textContent ?? '').length > clean(title).length + 2) out.add(top);
    else
      for (let s = top.nextElementSibling; s; s = s.nextElementSibling) {
        if (s.matches(HEADINGS) || s.querySelector(HEADINGS)) break;
        out.add(s);
      }
  }
  return out;
}
