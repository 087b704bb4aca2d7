import { applyRules, labelRules } from './apply-rules';
import { collectBreadcrumbs } from './collect-breadcrumbs';
import { collectControls } from './collect-controls';
import { collectIcons } from './collect-icons';
import { collectText } from './collect-text';
import { createCtx } from './context';
import { scan } from './scan';
import { collectHeaderName } from './header-name';
import { isListPage, listTables } from './page-kind';
import { pick } from './pick';
import { packsFor } from './rules/index';
import type { CaptureOptions, CapturedField, PageKind } from './types';

export type { CaptureOptions, CaptureRule, CapturedField, FieldKey, PageKind } from './types';
export { FIELD_KEYS } from './types';
export { RULE_PACKS, packsFor, type RulePack } from './rules/index';
export { fieldsForSelection } from './selection';
export { normalizeValue, isEmptyValue } from './formats';
export { classifyLabel } from './labels';

/**
 * Captures the current customer's fields from a CRM page, and tells a single record from a list
 * of many customers (which yields no fields). Pure: reads the DOM, never changes it, never throws.
 * @example capturePage(document, { url: location.href }).fields
 */
export function capturePage(
  root: Document | Element,
  options: CaptureOptions = {},
): { kind: PageKind; fields: CapturedField[] } {
  try {
    const { url, rules = [], onShadowRoot } = options;
    const packRules = packsFor(url).flatMap((p) => p.rules);
    const extra = labelRules([...packRules, ...rules]);
    const doc = 'documentElement' in root ? root : root.ownerDocument;
    const scope = root === doc ? (doc.body ?? doc.documentElement) : (root as Element);
    const ctx = createCtx(scope, scan(scope, extra.size > 0, onShadowRoot), extra);
    collectText(ctx);
    collectControls(ctx);
    collectIcons(ctx);
    collectHeaderName(ctx);
    collectBreadcrumbs(ctx);
    applyRules(ctx, packRules, url, false);
    applyRules(ctx, rules, url, true);
    const tables = listTables(ctx);
    if (isListPage(tables, ctx.out)) return { kind: 'list', fields: [] };
    const fields = pick(ctx.out.filter((c) => !tables.some((t) => c.el && t.contains(c.el))));
    return { kind: fields.length ? 'record' : 'empty', fields };
  } catch {
    // A capture that breaks must not break the CRM page; the caller shows "nothing captured".
    return { kind: 'empty', fields: [] };
  }
}

/**
 * The current customer's fields (at most one per key, best first by key order); [] on list pages.
 * @example extractCustomerContext(document.body, { url: location.href })
 */
export function extractCustomerContext(
  root: Document | Element,
  options?: CaptureOptions,
): CapturedField[] {
  return capturePage(root, options).fields;
}
