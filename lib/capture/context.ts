import type { Scan } from './scan';
import type { CandidateKey, Candidate } from './types';
import { hasLayout, isHiddenSelf } from './visibility';
import { isOutsideSelf, titledZones } from './zones';

/** State shared by one capture run: where to look, what to skip, what was found. */
export interface Ctx {
  scope: Element;
  scan: Scan;
  /** Hidden, or inside the banner/nav/feed/related zones: never a source of customer fields. */
  skip(el: Element | null | undefined): boolean;
  /** User/pack label rules: folded label text → key. */
  extra: Map<string, CandidateKey>;
  out: Candidate[];
}

/** Builds the context for one run; `skip` verdicts are cached per element for the run. */
export function createCtx(scope: Element, scan: Scan, extra: Map<string, CandidateKey>): Ctx {
  const layout = hasLayout(scope.ownerDocument);
  const zones = titledZones(scope, scan.headings);
  const cache = new Map<Element, boolean>();
  const self = (el: Element): boolean => {
    try {
      return zones.has(el) || isOutsideSelf(el) || isHiddenSelf(el, layout);
    } catch {
      return false;
    }
  };
  const skip = (el: Element | null | undefined): boolean => {
    if (!el) return true;
    const path: Element[] = [];
    let verdict = false;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const known = cache.get(e);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(e);
      if (self(e)) {
        verdict = true;
        break;
      }
    }
    // Everything below a skipped ancestor is skipped; a clean path is clean all the way up.
    for (const e of path) cache.set(e, verdict);
    return verdict;
  };
  return { scope, scan, skip, extra, out: [] };
}
