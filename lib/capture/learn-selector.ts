/**
 * When the agent corrects a value by hand, finds where that value is shown on the page and
 * returns a CSS selector for it, so the same page layout yields it next time (a user rule).
 * Returns null when the value is not on the page or no selector singles it out.
 */
export function learnSelector(root: Document | Element, value: string): string | null {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const wanted = squash(value);
  if (!wanted) return null;
  let best: Element | null = null;
  for (const el of Array.from((doc.body ?? root).querySelectorAll('*'))) {
    const text = isField(el) ? (el as HTMLInputElement).value : el.textContent;
    if (squash(text ?? '') !== wanted) continue;
    // The innermost element holding exactly the value: children narrow it down.
    if (!best || best.contains(el)) best = el;
  }
  return best ? selectorFor(best, doc) : null;
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

function selectorFor(target: Element, doc: Document): string | null {
  const parts: string[] = [];
  for (let el: Element | null = target; el && el !== doc.documentElement; el = el.parentElement) {
    parts.unshift(step(el));
    const selector = parts.join(' > ');
    if (selector.startsWith('#') || parts.length >= 8) {
      return doc.querySelector(selector) === target ? selector : null;
    }
    if (doc.querySelectorAll(selector).length === 1 && parts.length >= 2) return selector;
  }
  const selector = parts.join(' > ');
  return selector && doc.querySelector(selector) === target ? selector : null;
}
