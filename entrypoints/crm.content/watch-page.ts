import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Quiet period after the last DOM change before capturing again. */
const QUIET_MS = 30;
/** A page that never stops changing still gets captured this often. */
const MAX_WAIT_MS = 250;

/**
 * Calls `onChange` once per burst of DOM mutations or SPA navigations, so a busy CRM page costs
 * one capture per burst, never one per mutation. Everything stops when the context dies. Returns
 * `watchRoot`, which adds a shadow root: mutations and `change` events do not leave one.
 */
export function watchPage(
  ctx: ContentScriptContext,
  onChange: () => void,
): (root: ShadowRoot) => void {
  let timer: number | undefined;
  let firstPending = 0;

  const flush = () => {
    timer = undefined;
    firstPending = 0;
    onChange();
  };
  const schedule = () => {
    const now = performance.now();
    if (!firstPending) firstPending = now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = now - firstPending >= MAX_WAIT_MS ? 0 : QUIET_MS;
    timer = ctx.setTimeout(flush, wait);
  };

  const observer = new MutationObserver(schedule);
  const options: MutationObserverInit = {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['hidden', 'aria-hidden', 'class', 'style', 'value'],
  };
  observer.observe(document.documentElement, options);
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  // Typing into a CRM form changes `.value`, which mutation observers do not see.
  ctx.addEventListener(document, 'change', schedule, { capture: true });
  ctx.onInvalidated(() => observer.disconnect());
  return (root) => {
    observer.observe(root, options);
    ctx.addEventListener(root, 'change', schedule, { capture: true });
  };
}
