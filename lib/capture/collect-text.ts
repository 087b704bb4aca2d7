import type { Ctx } from './context';
import { normalizeValue } from './formats';
import { classifyLabel, inlineId, LABEL_START } from './labels';
import { findValue } from './pairing';
import { clean, INLINE, labelText } from './text';
import type { CandidateKey } from './types';

// Text in these is UI chrome or option lists, never a field label.
const NOT_LABEL =
  'button,a[href],option,select,script,style,noscript,textarea,[role=tab],[role=menuitem],[role=option],[role=button]';

/** Records a candidate when the value fits the key and neither label nor value is skipped. */
export function push(
  ctx: Ctx,
  key: CandidateKey,
  raw: string,
  confidence: number,
  source: string,
  el: Element | null,
  label?: string,
): void {
  const value = normalizeValue(key, raw);
  if (value && !(el && ctx.skip(el))) ctx.out.push({ key, value, confidence, source, el, label });
}

function fromText(t: Text, ctx: Ctx): void {
  const raw = clean(t.data);
  // Text tests first: most kept texts are prose ("Note 12: …"), rejected without a DOM read.
  const hit = classifyLabel(raw, ctx.extra);
  const m = hit ? null : INLINE.exec(raw);
  const inline = m?.[1] && m[2] ? classifyLabel(m[1], ctx.extra) : null;
  const id = inlineId(raw);
  if (!hit && !inline && !id) return;
  const parent = t.parentElement;
  if (!parent || parent.closest(NOT_LABEL) || ctx.skip(parent)) return;
  // A page title ("Customer", "Asiakas") is not a field label, but may name the case id.
  const title = parent.closest('h1,h2,[role=heading]');
  if (hit && !title) {
    const found = findValue(t, hit.key, ctx);
    // User label rules come back with weight ≥ 0.97 and are reported as rules.
    const source = hit.weight >= 0.97 ? 'rule' : 'label';
    if (found) push(ctx, hit.key, found.value, hit.weight, source, found.el, labelText(raw));
    return;
  }
  if (inline && m?.[1] && m[2] && !title) {
    push(ctx, inline.key, m[2], inline.weight - 0.04, 'label', parent, labelText(m[1]));
    return;
  }
  if (id) push(ctx, id.key, id.raw, 0.6, 'label', parent);
}

/**
 * Resolves the short text nodes the scan kept: labels to their values, "Label: value" texts,
 * "Case 00001234" titles; bare emails become weak 'pattern' candidates.
 */
export function collectText(ctx: Ctx): void {
  for (const n of ctx.scan.texts) {
    try {
      const parent = n.parentElement;
      if (ctx.extra.size > 0 || LABEL_START.test(n.data)) fromText(n, ctx);
      else if (parent && !parent.closest(NOT_LABEL))
        push(ctx, 'email', n.data, 0.4, 'pattern', parent);
    } catch {
      // Odd markup must never stop the capture: skip this node.
    }
  }
}
