import { clean } from './text';

// Inside a value box these are chrome (edit buttons, icons, screen-reader hints), not the value.
const SKIP_TAG = /^(?:script|style|noscript|template|button|svg|select|option|input|textarea)$/;
const SKIP_CLASS = /assistive|sr-only|visually-?hidden|screen-?reader|tooltip/i;
const BLOCK = /^(?:div|p|li|br|dd|dt|td|th|tr|h\d|section|label|ul|ol)$/;
const NO_VALUE =
  /^(?:hidden|password|checkbox|radio|submit|button|reset|image|file|search|range|color)$/;

/**
 * The visible-looking text of a value box, skipping buttons, icons and assistive text and putting
 * a space at block boundaries. Stops collecting after ~200 characters: values are short.
 */
export function textOf(node: Node): string {
  let out = '';
  const visit = (n: Node): void => {
    if (out.length > 200) return;
    if (n.nodeType === 3) {
      out += (n as Text).data;
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    const tag = el.localName;
    if (n !== node && SKIP_TAG.test(tag)) return;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return;
    if (SKIP_CLASS.test(el.getAttribute('class') ?? '')) return;
    const block = BLOCK.test(tag);
    if (block) out += ' ';
    // Open shadow roots hold the rendered value of web components (LWC, Fluent web components).
    for (let c = (el.shadowRoot ?? el).firstChild; c; c = c.nextSibling) visit(c);
    if (block) out += ' ';
  };
  visit(node);
  return clean(out);
}

/** True for the elements that carry a value property or act like an input. */
export const isControl = (el: Element): boolean =>
  /^(?:input|select|textarea)$/.test(el.localName) ||
  /^(?:textbox|combobox)$/.test(el.getAttribute('role') ?? '');

/**
 * The value an agent sees in a form control: `input.value` (not the attribute), the selected
 * option's text, or the text of a role=textbox/combobox. '' for buttons, passwords, search boxes.
 */
export function controlValue(el: Element): string {
  const tag = el.localName;
  if (tag === 'input') {
    const input = el as HTMLInputElement;
    return NO_VALUE.test(input.type) ? '' : clean(input.value);
  }
  if (tag === 'textarea') return clean((el as HTMLTextAreaElement).value);
  if (tag === 'select') {
    const select = el as HTMLSelectElement;
    const opt = select.options[select.selectedIndex];
    // A "Choose…" option with an empty value is a placeholder, not an answer.
    return opt?.value ? clean(opt.text) : '';
  }
  return textOf(el);
}
