import type { Ctx } from './context';
import { byId } from './dom';
import { push } from './collect-text';
import { classifyLabel } from './labels';
import { clean } from './text';
import { controlValue } from './value-text';

/** Text of the elements an aria-labelledby attribute points at. */
function referenced(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  return clean(
    ids
      .split(/\s+/)
      .map((id) => byId(el, id)?.textContent ?? '')
      .join(' '),
  );
}

/** `customer_number`, `contact.email`, `telephone1` → words a label table can read. */
const nameWords = (s: string | null): string =>
  (s ?? '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.\-[\]]+|\d+$/g, ' ')
    .split(' ')
    .slice(-2)
    .join(' ');

/**
 * Form controls labelled without a visible <label> text: aria-labelledby, aria-label, a
 * placeholder (only when the control holds a value), title, then the name/id attribute.
 */
export function collectControls(ctx: Ctx): void {
  for (const el of ctx.scan.controls) {
    try {
      const value = controlValue(el);
      if (!value || ctx.skip(el)) continue;
      const sources: [string, number][] = [
        [referenced(el), 0],
        [el.getAttribute('aria-label') ?? '', 0],
        [el.getAttribute('placeholder') ?? '', 0.2],
        [el.getAttribute('title') ?? '', 0.1],
        [nameWords(el.getAttribute('name') ?? el.id), 0.35],
      ];
      for (const [label, minus] of sources) {
        const hit = label ? classifyLabel(label, ctx.extra) : null;
        if (!hit) continue;
        push(ctx, hit.key, value, hit.weight - minus, 'label', el, label);
        break;
      }
    } catch {
      // A control with exotic accessors must not end the capture.
    }
  }
  // Links whose text may be "Send email": the address in href is the fallback.
  for (const a of ctx.scan.links) {
    const href = a.getAttribute('href') ?? '';
    const key = href.startsWith('m') ? 'email' : 'phone';
    push(ctx, key, clean(a.textContent ?? ''), 0.45, 'pattern', a);
    push(ctx, key, href.split('?')[0] ?? '', 0.44, 'pattern', a);
  }
}
