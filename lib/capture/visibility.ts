// Hiding classes of SLDS, Bootstrap, Angular, Tailwind…: checked by name too because happy-dom
// and jsdom have no layout and often no stylesheet for them.
const HIDE_CLASS = /(?:^|\s)(?:slds-hide|d-none|is-hidden|ng-hide|hide|invisible|hidden)(?=\s|$)/;
const HIDE_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Is this element itself hidden by its markup (not looking at ancestors or stylesheets)?
 * `hidden`, `inert`, `aria-hidden`, closed `<dialog>`, inline style, hiding classes.
 * `layout` = a real browser: a bare `hidden` class is then trusted to the stylesheet, since
 * Tailwind's `hidden md:block` is visible on desktop.
 */
export function hiddenByMarkup(el: Element, layout: boolean): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  if (el.localName === 'dialog' && !el.hasAttribute('open')) return true;
  const cls = el.getAttribute('class');
  if (cls && HIDE_CLASS.test(cls) && !(layout && !/slds-hide|d-none|ng-hide|is-hidden/.test(cls)))
    return true;
  const style = el.getAttribute('style');
  return !!style && HIDE_STYLE.test(style);
}

/**
 * Is this element itself hidden by computed style? The costly check (it may recalculate style),
 * so callers run it only once the cheap markup checks found nothing.
 */
export function hiddenByStyle(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  // No window for detached documents (DOMParser in some engines): attributes must suffice then.
  if (!view) return false;
  const cs = view.getComputedStyle(el);
  return cs.display === 'none' || cs.visibility === 'hidden';
}

/** Is this element itself hidden (not looking at ancestors)? Markup first, then computed style. */
export const isHiddenSelf = (el: Element, layout: boolean): boolean =>
  hiddenByMarkup(el, layout) || hiddenByStyle(el);

/** True when the engine lays pages out (a real browser), false in happy-dom/jsdom. */
export function hasLayout(doc: Document): boolean {
  try {
    return doc.documentElement.getBoundingClientRect().width > 0;
  } catch {
    return false;
  }
}
