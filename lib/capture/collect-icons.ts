import type { Ctx } from './context';
import { push } from './collect-text';
import { classifyLabel } from './labels';
import { valueAfter } from './pairing';
import { labelText } from './text';

// An icon inside these is an action ("Call", "Send email"), not a label.
const ACTION = 'button,a[href],[role=button],[role=tab],[role=menuitem],[role=link]';
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
      // A text inside (an svg <title>, a badge's label) is read as text by collectText.
      if (!box || icon.textContent?.trim() || ctx.skip(box) || icon.closest(ACTION)) continue;
      const onlyChild = box.childElementCount === 1 && !box.textContent?.trim();
      const sources: [string | null, Element][] = [
        [icon.getAttribute('aria-label'), icon],
        [icon.getAttribute('title'), icon],
        [onlyChild ? box.getAttribute('title') : null, box],
      ];
      for (const [label, start] of sources) {
        const hit = label ? classifyLabel(label, ctx.extra) : null;
        if (!label || !hit) continue;
        const found = valueAfter(start, hit.key, ctx);
        if (found)
          push(ctx, hit.key, found.value, hit.weight - 0.05, 'label', found.el, labelText(label));
        break;
      }
    } catch {
      // Odd markup must never stop the capture: skip this icon.
    }
  }
}
