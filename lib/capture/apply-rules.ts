import type { Ctx } from './context';
import { composedParent, queryAllDeep } from './dom';
import { isEmptyValue, normalizeValue } from './formats';
import { clean, fold, labelText } from './text';
import type { CandidateKey, CaptureRule } from './types';
import { controlValue, isControl, textOf } from './value-text';
import { isHiddenSelf } from './visibility';

/** Hidden anywhere up the tree (an inactive tab, a closed dialog…). */
function hiddenPath(el: Element, layout: boolean): boolean {
  for (let e: Element | null = el; e; e = composedParent(e))
    if (isHiddenSelf(e, layout)) return true;
  return false;
}

/** Label rules as a lookup for the label classifier: folded label text → key. */
export function labelRules(rules: CaptureRule[]): Map<string, CandidateKey> {
  const map = new Map<string, CandidateKey>();
  for (const r of rules) if (r.label) map.set(fold(labelText(r.label)), r.key);
  return map;
}

/**
 * Applies selector and URL rules. A user's rule is trusted over any format check (the user knows
 * their CRM's odd ids) and scores ~1; a built-in pack's value must still fit the key's format.
 */
export function applyRules(
  ctx: Ctx,
  rules: CaptureRule[],
  url: string | undefined,
  user: boolean,
): void {
  const add = (
    key: CandidateKey,
    raw: string,
    source: string,
    el: Element | null,
    score: number,
  ) => {
    const v = clean(raw);
    const value =
      normalizeValue(key, v) ?? (user && v.length <= 120 && !isEmptyValue(v) ? v : null);
    if (value) ctx.out.push({ key, value, confidence: score, source, el });
  };
  const layout = ctx.layout;
  // The agent pointed at this element themselves: only hidden ones are refused, not the zones
  // (activity feeds, related lists) the heuristics avoid.
  const refused = (el: Element) => (user ? hiddenPath(el, layout) : ctx.skip(el));
  for (const r of rules) {
    if (r.origin && !url?.startsWith(r.origin)) continue;
    try {
      const m = r.urlPattern && url ? new RegExp(r.urlPattern).exec(url) : null;
      if (m?.[1]) add(r.key, decodeURIComponent(m[1]), 'url', null, user ? 0.99 : 0.8);
      if (!r.selector) continue;
      for (const el of queryAllDeep(ctx.scope, r.selector)) {
        if (refused(el)) continue;
        const before = ctx.out.length;
        add(r.key, isControl(el) ? controlValue(el) : textOf(el), 'rule', el, user ? 1 : 0.95);
        if (ctx.out.length > before) break;
      }
    } catch {
      // An invalid selector or regex in a user rule must not break the capture.
    }
  }
}
