import type { Ctx } from './context';
import { push } from './collect-text';
import { isPerson } from './header-name';
import { inlineId } from './labels';
import { clean, fold } from './text';
import { hiddenByMarkup } from './visibility';

const CRUMB_LABEL = /breadcrumb|fil d'ariane|murupolku|polku/;
const SEPARATOR_TEXT = /^[/\\›>»|·•\-–—]*$/;

/** The trail's item texts in order, separators and hidden parts left out. */
function items(trail: Element): string[] {
  const out: string[] = [];
  const walker = trail.ownerDocument.createTreeWalker(trail, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t && out.length < 12; t = walker.nextNode()) {
    const text = clean(t.textContent ?? '');
    const parent = t.parentElement;
    if (!text || SEPARATOR_TEXT.test(text) || !parent) continue;
    if (parent.closest('[aria-hidden="true"],[class*="eparator"]')) continue;
    out.push(text);
  }
  return out;
}

/**
 * The record a breadcrumb trail ends on (issue 14): "Cases › Case 00123456" names the case,
 * "Clients / Camille Rousseau / Réclamations" the customer. Trails are navigation, so the scan
 * steps over them; only their last two items are read, as weak hints under any labelled field.
 */
export function collectBreadcrumbs(ctx: Ctx): void {
  const trails = [...ctx.scope.querySelectorAll('[class*="readcrumb"],nav[aria-label]')].filter(
    (el) =>
      (el.getAttribute('class') ?? '').includes('readcrumb')
        ? // The outermost of a trail's classed parts (root, list, items).
          !el.parentElement?.closest('[class*="readcrumb"]')
        : CRUMB_LABEL.test(fold(el.getAttribute('aria-label') ?? '')),
  );
  for (const trail of trails.slice(0, 3)) {
    try {
      // A trail in the app's banner is site navigation; a hidden one is not on screen.
      if (ctx.skip(trail.parentElement) || hiddenByMarkup(trail, ctx.layout)) continue;
      for (const text of items(trail).slice(-2)) {
        const id = inlineId(text);
        if (id) push(ctx, id.key, id.raw, 0.55, 'header', null);
        else if (isPerson(text)) push(ctx, 'customerName', text, 0.42, 'header', null);
      }
    } catch {
      // A trail we cannot read is no reason to lose the rest of the capture.
    }
  }
}
