import { LABEL_START } from './labels';

/** Everything capture needs from the page, gathered in one walk instead of many queries. */
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
  tables: Element[];
  /** id → the element it labels through aria-labelledby. */
  labelledBy: Map<string, Element>;
}

const CLASS_HINT = /avatar|page-header__title|record-?title|customer-name|contact-name/i;

/**
 * One TreeWalker pass over elements and text. Per node it reads the tag and at most three
 * attributes; text nodes cost one regex test. Heavier work happens later on the few hits.
 */
export function scan(scope: Element, anyText: boolean): Scan {
  const s: Scan = {
    texts: [],
    controls: [],
    links: [],
    headings: [],
    titles: [],
    avatars: [],
    tables: [],
    labelledBy: new Map(),
  };
  const walker = scope.ownerDocument.createTreeWalker(scope, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      const d = (n as Text).data;
      if (d.length <= 140 && (anyText || LABEL_START.test(d) || d.indexOf('@') > 0))
        s.texts.push(n as Text);
      continue;
    }
    const el = n as Element;
    const tag = el.localName;
    if (tag === 'input' || tag === 'select' || tag === 'textarea') s.controls.push(el);
    else if (tag === 'a') {
      if (/^(?:mailto|tel):/i.test(el.getAttribute('href') ?? '')) s.links.push(el);
    } else if (tag === 'table') s.tables.push(el);
    else if (/^(?:h[1-6]|caption|legend)$/.test(tag)) {
      s.headings.push(el);
      if (/^h[1-3]$/.test(tag)) s.titles.push(el);
    } else if (tag === 'section' && el.hasAttribute('aria-label')) s.headings.push(el);
    const role = el.getAttribute('role');
    if (role) {
      if (role === 'textbox' || role === 'combobox') s.controls.push(el);
      else if (role === 'grid' || role === 'table' || role === 'treegrid') s.tables.push(el);
      else if (role === 'heading') s.headings.push(el);
      else if (role === 'region' && el.hasAttribute('aria-label')) s.headings.push(el);
      if (role === 'heading' && el.getAttribute('aria-level') === '1') s.titles.push(el);
    }
    const cls = el.getAttribute('class');
    if (cls && CLASS_HINT.test(cls)) (/avatar/i.test(cls) ? s.avatars : s.titles).push(el);
    const ids = el.getAttribute('aria-labelledby');
    if (ids) for (const id of ids.split(/\s+/)) s.labelledBy.set(id, el);
  }
  return s;
}
