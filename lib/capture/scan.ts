import { LABEL_START } from './labels';
import { CARD_TITLE, isOutsideSelf, titledZones } from './zones';

/** Everything capture needs from the page, gathered in a few native queries and one walk. */
export interface Scan {
  /** Short text nodes that may be a label, "Label: value", or a bare email. */
  texts: Text[];
  controls: Element[];
  /** mailto:/tel: links. */
  links: Element[];
  /** Section titles (h1–h6, role=heading, caption, legend) and aria-labelled regions. */
  headings: Element[];
  /** Possible record titles: h1–h3, level-1 headings, title/avatar-classed boxes. */
  titles: Element[];
  avatars: Element[];
  /** Icons (svg, role=img, *icon* classes): their aria-label or title may be a value's only label. */
  icons: Element[];
  tables: Element[];
  /** Per tree (document or shadow root): id → the element it labels through aria-labelledby. */
  labelledBy: Map<Node, Map<string, Element>>;
  /** Titled sections that are not the current customer ("Activity", "Related contacts"…). */
  zones: Set<Element>;
  /** Breadcrumb trails (stepped over as navigation; their last items may name the record). */
  trails: Element[];
}

const CLASS_HINT =
  /avatar|page-header__title|record-?title|customer-name|contact-name|card-?head(?:er)?-?title|card-title/i;
const ICON_CLASS = /icon/i;
const CRUMBS = /crumb|ariane|polku/i;
const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'legend'];

/**
 * Section titles in document order, from native queries: one simple selector each is far cheaper
 * in a browser than one selector list or a script-side test per element.
 */
function headingsOf(scope: Element | ShadowRoot): Element[] {
  const found = new Set<Element>();
  const add = (sel: string, keep?: (el: Element) => boolean) => {
    for (const el of scope.querySelectorAll(sel)) if (!keep || keep(el)) found.add(el);
  };
  for (const tag of HEADING_TAGS)
    add(
      tag,
      // MUI's outlined inputs draw their label again in an aria-hidden <legend>: not a section title.
      tag === 'legend'
        ? (el) => el.parentElement?.getAttribute('aria-hidden') !== 'true'
        : undefined,
    );
  add('section', (el) => el.hasAttribute('aria-label'));
  add('[role]', (el) => {
    const role = el.getAttribute('role');
    return role === 'heading' || (role === 'region' && el.hasAttribute('aria-label'));
  });
  // DOCUMENT_POSITION_PRECEDING: b comes first.
  return [...found].sort((a, b) => (a.compareDocumentPosition(b) & 2 ? 1 : -1));
}

/** How deep web components may nest inside each other before the scan stops entering them. */
const MAX_SHADOW_DEPTH = 8;

/**
 * Finds the titled zones, then makes one TreeWalker pass over elements and text that steps over
 * every zone (titled sections, banner, nav, feeds): nothing there can become a field, so its
 * nodes are never touched. Per element it reads the tag and, when it has any, three attributes;
 * text nodes cost one regex test. Heavier work happens later on the few hits. Open shadow roots
 * are scanned the same way where their host stands, and reported to `onShadowRoot`.
 */
export function scan(
  scope: Element,
  anyText: boolean,
  onShadowRoot?: (root: ShadowRoot) => void,
): Scan {
  const s: Scan = {
    texts: [],
    controls: [],
    links: [],
    headings: [],
    titles: [],
    avatars: [],
    icons: [],
    tables: [],
    labelledBy: new Map(),
    zones: new Set(),
    trails: [],
  };
  walk(scope, s, anyText, 0, onShadowRoot);
  return s;
}

function walk(
  root: Element | ShadowRoot,
  s: Scan,
  anyText: boolean,
  depth: number,
  onShadowRoot?: (root: ShadowRoot) => void,
): void {
  const headings = headingsOf(root);
  const zones = titledZones(root, headings);
  s.headings.push(...headings);
  for (const zone of zones) s.zones.add(zone);
  const labelledBy = new Map<string, Element>();
  s.labelledBy.set(root.nodeType === 11 ? root : root.getRootNode(), labelledBy);
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  // The node after n's subtree: its next sibling, or an ancestor's (null past the root).
  const over = (): Node | null => {
    for (;;) {
      const next = walker.nextSibling();
      if (next || !walker.parentNode()) return next;
    }
  };
  let zone = false;
  const cards: Element[] = [];
  for (let n = walker.nextNode(); n; n = zone ? over() : walker.nextNode()) {
    zone = false;
    if (n.nodeType === 3) {
      const d = (n as Text).data;
      if (d.length <= 140 && (anyText || LABEL_START.test(d) || d.indexOf('@') > 0))
        s.texts.push(n as Text);
      continue;
    }
    const el = n as Element;
    const tag = el.localName;
    const attrs = el.hasAttributes();
    const role = attrs ? el.getAttribute('role') : null;
    const cls = attrs ? el.getAttribute('class') : null;
    zone = zones.has(el) || isOutsideSelf(el, tag, role, cls);
    if (zone) {
      if (
        cls?.includes('readcrumb') ||
        (tag === 'nav' && CRUMBS.test(el.getAttribute('aria-label') ?? ''))
      )
        s.trails.push(el);
      continue;
    }
    const shadow = el.shadowRoot;
    if (shadow && depth < MAX_SHADOW_DEPTH) {
      onShadowRoot?.(shadow);
      walk(shadow, s, anyText, depth + 1, onShadowRoot);
    }
    if (tag === 'input' || tag === 'select' || tag === 'textarea') s.controls.push(el);
    else if (tag === 'a') {
      if (/^(?:mailto|tel):/i.test(el.getAttribute('href') ?? '')) s.links.push(el);
    } else if (tag === 'table') s.tables.push(el);
    else if (tag === 'h1' || tag === 'h2' || tag === 'h3') s.titles.push(el);
    if (!attrs) continue;
    if (role) {
      if (role === 'textbox' || role === 'combobox') s.controls.push(el);
      else if (role === 'grid' || role === 'table' || role === 'treegrid') s.tables.push(el);
      if (role === 'heading' && el.getAttribute('aria-level') === '1') s.titles.push(el);
    }
    if (tag === 'svg' || role === 'img' || (cls && ICON_CLASS.test(cls))) s.icons.push(el);
    if (cls && CLASS_HINT.test(cls)) {
      (/avatar/i.test(cls) ? s.avatars : s.titles).push(el);
      if (CARD_TITLE.test(cls)) cards.push(el);
    }
    const ids = el.getAttribute('aria-labelledby');
    if (ids) for (const id of ids.split(/\s+/)) labelledBy.set(id, el);
  }
  // Cards titled "Parent account", "Foyer"… become zones once the walk has found their titles:
  // later reads skip them (ctx.skip), only the walk itself went through them.
  if (cards.length) {
    const all = [...headings, ...cards].sort((a, b) => (a.compareDocumentPosition(b) & 2 ? 1 : -1));
    for (const z of titledZones(root, all)) s.zones.add(z);
  }
}
