import { SHADOW_STEP } from './dom';

/**
 * When the agent corrects a value by hand, finds where that value is shown on the page and
 * returns a CSS selector for it, so the same page layout yields it next time (a user rule).
 * Looks inside open shadow roots too (the selector then steps in with ` >>> `). Returns null when
 * the value is not on the page or no selector singles it out.
 */
export function learnSelector(root: Document | Element, value: string): string | null {
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  const wanted = squash(value);
  if (!wanted) return null;
  let best: Element | null = null;
  const search = (tree: ParentNode, depth: number) => {
    for (const el of Array.from(tree.querySelectorAll('*'))) {
      const text = isField(el) ? (el as HTMLInputElement).value : el.textContent;
      // The innermost element holding exactly the value: children narrow it down.
      if (squash(text ?? '') === wanted && (!best || best.contains(el))) best = el;
      if (el.shadowRoot && depth < 8) search(el.shadowRoot, depth + 1);
    }
  };
  search(doc.body ?? root, 0);
  return best ? deepSelectorFor(best) : null;
}

/** The selector of `target` in its own tree, prefixed by its shadow hosts' selectors. */
function deepSelectorFor(target: Element): string | null {
  const parts: string[] = [];
  for (let el: Element | null = target; el;) {
    const tree = el.getRootNode() as Document | ShadowRoot;
    const part = selectorFor(el, tree);
    if (!part) return null;
    parts.unshift(part);
    el = tree.nodeType === 11 ? (tree as ShadowRoot).host : null;
  }
  return parts.join(SHADOW_STEP);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const isField = (el: Element) => el.matches('input, textarea, select');

/** Ids with long digit runs are generated per record; they would not match the next record. */
const stableId = (id: string) => /^[A-Za-z][\w-]*$/.test(id) && !/\d{3,}/.test(id);

function stableClasses(el: Element): string[] {
  return Array.from(el.classList)
    .filter((c) => /^[A-Za-z][\w-]*$/.test(c) && !/\d{3,}/.test(c))
    .slice(0, 3);
}

function step(el: Element): string {
  if (el.id && stableId(el.id)) return `#${CSS.escape(el.id)}`;
  const testId = el.getAttribute('data-testid');
  if (testId && stableId(testId)) return `[data-testid="${testId}"]`;
  const classes = stableClasses(el)
    .map((c) => `.${CSS.escape(c)}`)
    .join('');
  let part = el.localName + classes;
  const parent = el.parentElement;
  if (parent) {
    const same = Array.from(parent.children).filter((c) => c.localName === el.localName);
    if (same.length > 1) part += `:nth-of-type(${same.indexOf(el) + 1})`;
  }
  return part;
}

/** A selector that singles `target` out within `tree` (its document or its shadow root). */
function selectorFor(target: Element, tree: Document | ShadowRoot): string | null {
  const top = tree.nodeType === 9 ? (tree as Document).documentElement : null;
  const parts: string[] = [];
  for (let el: Element | null = target; el && el !== top; el = el.parentElement) {
    parts.unshift(step(el));
    const selector = parts.join(' > ');
    if (selector.startsWith('#') || parts.length >= 8) {
      return tree.querySelector(selector) === target ? selector : null;
    }
    if (tree.querySelectorAll(selector).length === 1 && parts.length >= 2) return selector;
  }
  const selector = parts.join(' > ');
  return selector && tree.querySelector(selector) === target ? selector : null;
}
