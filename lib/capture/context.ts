import { composedParent } from './dom';
import type { Scan } from './scan';
import type { CandidateKey, Candidate } from './types';
import { hasLayout, hiddenByMarkup, hiddenByStyle } from './visibility';
import { isOutsideSelf } from './zones';

/** State shared by one capture run: where to look, what to skip, what was found. */
export interface Ctx {
  scope: Element;
  scan: Scan;
  /** A real browser (see hasLayout), measured once per run. */
  layout: boolean;
  /** Hidden, or inside the banner/nav/feed/related zones: never a source of customer fields. */
  skip(el: Element | null | undefined): boolean;
  /** User/pack label rules: folded label text → key. */
  extra: Map<string, CandidateKey>;
  out: Candidate[];
}

/**
 * Builds the context for one run; `skip` verdicts are cached per element for the run. Markup and
 * zone checks run up the whole ancestor chain first; computed style (costly in a browser) is read
 * only for elements whose chain they leave clean, so zones and hidden trees never pay for it.
 */
export function createCtx(scope: Element, scan: Scan, extra: Map<string, CandidateKey>): Ctx {
  const layout = hasLayout(scope.ownerDocument);
  const { zones } = scan;
  const cache = new Map<Element, boolean>();
  const guard = (check: (el: Element) => boolean, el: Element): boolean => {
    try {
      return check(el);
    } catch {
      return false;
    }
  };
  const markup = (el: Element) => zones.has(el) || isOutsideSelf(el) || hiddenByMarkup(el, layout);
  const skip = (el: Element | null | undefined): boolean => {
    if (!el) return true;
    const path: Element[] = [];
    let verdict = false;
    for (let e: Element | null = el; e; e = composedParent(e)) {
      const known = cache.get(e);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(e);
      if (guard(markup, e)) {
        verdict = true;
        break;
      }
    }
    // Everything below a skipped ancestor is skipped.
    if (verdict) for (const e of path) cache.set(e, true);
    // A clean chain: outermost first, the first element hidden by style hides those below it.
    else
      for (let i = path.length - 1; i >= 0; i--) {
        const hidden = guard(hiddenByStyle, path[i] as Element);
        if (hidden) for (let j = i; j >= 0; j--) cache.set(path[j] as Element, true);
        else cache.set(path[i] as Element, false);
        if (hidden) break;
      }
    return cache.get(el) ?? false;
  };
  return { scope, scan, layout, skip, extra, out: [] };
}
