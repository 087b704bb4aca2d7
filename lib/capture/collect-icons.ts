import type { Ctx } from './context';
import { push } from './collect-text';
import { classifyLabel } from './labels';
import { valueAfter } from './pairing';
import { labelText } from './text';

// An icon inside these is an action ("Call", "Send email"), not a label.
const ACTION = 'button,a,[role=button],[role=menuitem]';
// Icons per page worth reading: toolbars and menus can hold hundreds.
const MAX_ICONS = 300;

/**
 * Values whose only label is the icon beside them (issue 14): the icon's aria-label or title, or
 * the title of a box holding only the icon (`<span title="Numéro de client"><svg/></span>`). The
 * icon itself is often aria-hidden (its tooltip names it), so the box's visibility decides.
 */
export function collectIcons(ctx: Ctx): void {
  let n = 0;
  for (const icon of ctx.scan.icons) {
    if (++n > MAX_ICONS) return;
    try {
      const box = icon.parentElement;
      if (!box || ctx.skip(box) || icon.closest(ACTION)) continue;
      // The icon's own name, then that of a box holding nothing else to read. A text inside (an svg
      // <title>, a badge's label) is read as text by collectText.
      for (const start of [icon, box]) {
        const label = start.getAttribute('aria-label') ?? start.getAttribute('title');
        const hit = label && !start.textContent?.trim() ? classifyLabel(label, ctx.extra) : null;
        const found = hit && valueAfter(start, hit.key, ctx);
        if (label && hit && found) {
          push(ctx, hit.key, found.value, hit.weight - 0.05, 'label', found.el, labelText(label));
          break;
        }
      }
    } catch {
      // Odd markup must never stop the capture: skip this icon.
    }
  }
}
