import type { Ctx } from './context';
import { byId } from './dom';
import { normalizeValue } from './formats';
import { classifyLabel } from './labels';
import type { CandidateKey } from './types';
import { controlValue, isControl, textOf } from './value-text';

/** A value found for a label, with the element it came from (checked for visibility). */
export interface Found {
  value: string;
  el: Element;
}

// Design systems mark their label boxes: slds-form-element__label, MuiFormLabel, fui-Label,
// ant-descriptions-item-label, form-label, chakra-form__label… Any of them starts another field.
const LABELISH = 'label,dt,th,legend,[class*="label"],[class*="Label"]';
const STOP = 'stop' as const;
type Unit = Found | typeof STOP | null;

/** Does this box open with a label's text (a "Nimi | Aleksi" row without label classes)? */
function leadsWithLabel(el: Element): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(), i = 0; n && i < 4; n = walker.nextNode(), i++) {
    const t = (n as Text).data.trim();
    if (t) return t !== el.textContent?.trim() && (/[:：]$/.test(t) || !!classifyLabel(t));
  }
  return false;
}

/** Reads one sibling "unit" after a label: a value, STOP (the next field begins), or null (empty). */
function unit(n: Node, key: CandidateKey, ctx: Ctx): Unit {
  if (n.nodeType === 3) {
    const value = normalizeValue(key, (n as Text).data);
    return value && n.parentElement ? { value, el: n.parentElement } : null;
  }
  if (n.nodeType !== 1) return null;
  const el = n as Element;
  if (ctx.skip(el)) return null;
  if (!isControl(el) && (el.matches(LABELISH) || el.querySelector(LABELISH) || leadsWithLabel(el)))
    return STOP;
  const control = isControl(el) ? el : el.querySelector('input,select,textarea');
  const raw = control ? controlValue(control) : textOf(el);
  if (!raw) return null;
  if (raw.length > 160 || (raw.length < 40 && (/[:：]$/.test(raw) || classifyLabel(raw))))
    return STOP;
  const value = normalizeValue(key, raw);
  return value ? { value, el: control ?? el } : null;
}

/**
 * The value next to a label: its following siblings, climbing a few wrappers while the box still
 * holds only this field; or the value just above it when the box is exactly [value, label]
 * (Dynamics 365 header fields).
 */
export function valueAfter(start: Node, key: CandidateKey, ctx: Ctx): Found | null {
  let node = start;
  for (let depth = 0; depth < 5; depth++) {
    for (let s = node.nextSibling; s; s = s.nextSibling) {
      const u = unit(s, key, ctx);
      if (u === STOP) return null;
      if (u) return u;
    }
    const p = node.parentElement;
    if (!p || p === ctx.scope || p.children.length > 12) return null;
    const first = p.firstElementChild;
    if (node.nodeType === 1 && p.children.length === 2 && first && first !== node) {
      const u = unit(first, key, ctx);
      if (u && u !== STOP) return u;
    }
    node = p;
  }
  return null;
}

/** Label row above a value row (thead/tbody, Ant Design vertical Descriptions): same column. */
function column(lab: Element, key: CandidateKey, ctx: Ctx): Found | null {
  const cell = lab.closest('th,td,[role=columnheader]');
  const row = cell?.parentElement;
  if (!cell || !row) return null;
  const body = row.parentElement;
  const next =
    row.nextElementSibling ??
    (body?.localName === 'thead' ? body.nextElementSibling?.firstElementChild : null);
  // A second value row means a list of many records: no single answer.
  const after = next?.nextElementSibling;
  if (!next || (after && !after.querySelector(LABELISH))) return null;
  const target = next.children[Array.prototype.indexOf.call(row.children, cell)];
  const u = target ? unit(target, key, ctx) : null;
  return u === STOP ? null : u;
}

/** Finds the value a label names: label[for], wrapping label, aria-labelledby, siblings, columns. */
export function findValue(label: Text, key: CandidateKey, ctx: Ctx): Found | null {
  const lab = label.parentElement;
  if (!lab) return null;
  // Labels nest (Fluent's InfoLabel puts a <label> with an info button inside the field's
  // <label for>): the first one naming something other than a button decides.
  for (let el = lab.closest('label'); el; el = el.parentElement?.closest('label') ?? null) {
    const forId = el.getAttribute('for');
    const target = (el as HTMLLabelElement).control ?? (forId ? byId(el, forId) : null);
    if (!target || target.localName === 'button' || ctx.skip(target)) continue;
    const value = normalizeValue(key, isControl(target) ? controlValue(target) : textOf(target));
    return value ? { value, el: target } : null;
  }
  const id = lab.id || lab.parentElement?.id;
  const by = id ? ctx.scan.labelledBy.get(lab.getRootNode())?.get(id) : undefined;
  if (by && !ctx.skip(by)) {
    const value = normalizeValue(key, isControl(by) ? controlValue(by) : textOf(by));
    if (value) return { value, el: by };
  }
  return valueAfter(label, key, ctx) ?? column(lab, key, ctx);
}
