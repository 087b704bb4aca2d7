// Walking the composed tree: CRMs built from web components (Salesforce LWC, ServiceNow Next
// Experience) render fields inside open shadow roots, which parentElement, closest() and
// getElementById do not cross.

/** The element's parent in the composed tree: its parent, or the host of the shadow root it tops. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root?.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}

/** `closest()` that climbs out of shadow roots through their hosts. */
export function closestComposed(el: Element, selector: string): Element | null {
  for (let e: Element | null = el; e;) {
    const hit = e.closest(selector);
    if (hit) return hit;
    const root = e.getRootNode();
    e = root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
  }
  return null;
}

/** The element with this id in the same tree as `node` (its document or its shadow root). */
export function byId(node: Node, id: string): Element | null {
  const root = node.getRootNode() as Partial<Document | ShadowRoot>;
  if (typeof root.getElementById === 'function') return root.getElementById(id);
  return node.ownerDocument?.getElementById(id) ?? null;
}

/**
 * Rule selectors may step into open shadow roots with ` >>> `: `crm-field[field=account] >>>
 * .value` is `.value` inside the shadow root of each matching `crm-field`. Plain CSS otherwise.
 */
export const SHADOW_STEP = ' >>> ';

/** Elements matching a selector that may contain ` >>> ` steps (see SHADOW_STEP), in order. */
export function queryAllDeep(scope: ParentNode, selector: string): Element[] {
  let found: Element[] = [];
  selector.split('>>>').forEach((part, i) => {
    const roots = i === 0 ? [scope] : found.map((host) => host.shadowRoot).filter((r) => !!r);
    found = roots.flatMap((root) => Array.from(root.querySelectorAll(part.trim())));
  });
  return found;
}
