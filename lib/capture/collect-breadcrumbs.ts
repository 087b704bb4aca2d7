import type { Ctx } from './context';
import { push } from './collect-text';
import { isPerson } from './header-name';
import { inlineId } from './labels';
import { clean } from './text';
import { hiddenByMarkup } from './visibility';

/**
 * The record a breadcrumb trail ends on (issue 14): "Cases › Case 00123456" names the case,
 * "Clients / Camille Rousseau / Réclamations" the customer. Trails are navigation, so the scan
 * steps over them; only their last two items are read, as weak hints under any labelled field.
 */
export function collectBreadcrumbs(ctx: Ctx): void {
  for (const trail of ctx.scan.trails.slice(0, 3)) {
    try {
      // The scan never enters the banner, so a trail here is the page's; a hidden one is off screen.
      if (ctx.skip(trail.parentElement) || hiddenByMarkup(trail, ctx.layout)) continue;
      // Item texts; separators ("/", "›") have no letter or digit.
      const items: string[] = [];
      const walker = trail.ownerDocument.createTreeWalker(trail, 4 /* SHOW_TEXT */);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const text = clean(t.textContent ?? '');
        if (/[\p{L}\d]/u.test(text) && !t.parentElement?.closest('[aria-hidden="true"]'))
          items.push(text);
      }
      for (const text of items.slice(-2)) {
        const id = inlineId(text);
        if (id) push(ctx, id.key, id.raw, 0.55, 'header', null);
        else if (isPerson(text)) push(ctx, 'customerName', text, 0.42, 'header', null);
      }
    } catch {
      // A trail we cannot read is no reason to lose the rest of the capture.
    }
  }
}
