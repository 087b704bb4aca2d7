import { beforeEach, describe, expect, it } from 'vitest';
import { capturePage, type FieldKey } from '@/lib/capture';
import { learnSelector } from '@/lib/capture/learn-selector';

/**
 * CRMs built from web components (Salesforce LWC with native shadow, ServiceNow Next Experience)
 * render their fields inside open shadow roots. `mount` builds such pages: every
 * `<x-… data-shadow="…">` element gets an open shadow root holding that HTML, recursively.
 */
function mount(html: string): void {
  document.body.innerHTML = html;
  const attach = (scope: ParentNode) => {
    for (const host of scope.querySelectorAll<HTMLElement>('[data-shadow]')) {
      const root = host.attachShadow({ mode: host.dataset.mode === 'closed' ? 'closed' : 'open' });
      root.innerHTML = host.dataset.shadow ?? '';
      attach(root);
    }
  };
  attach(document);
}

const attr = (html: string) => html.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const component = (inner: string, extra = '') =>
  `<x-field ${extra} data-shadow="${attr(inner)}"></x-field>`;
const valueOf = (key: FieldKey) => capturePage(document).fields.find((f) => f.key === key)?.value;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('capture inside open shadow roots', () => {
  it('reads a label[for] and its input inside a component', () => {
    mount(
      `<main>${component('<label for="v">Account number</label><input id="v" value="ACC-778812">')}</main>`,
    );
    expect(valueOf('accountNumber')).toBe('ACC-778812');
  });

  it('reads dt/dd pairs in components nested in components', () => {
    const inner = component('<dl><dt>Email</dt><dd>ana.virtanen@example.fi</dd></dl>');
    mount(`<main>${component(`<section>${inner}</section>`)}</main>`);
    expect(valueOf('email')).toBe('ana.virtanen@example.fi');
  });

  it('keeps ids apart per shadow root (two components both use id="l")', () => {
    const labelled = (label: string, value: string) =>
      component(
        `<span id="l">${label}</span><div role="textbox" aria-labelledby="l">${value}</div>`,
      );
    mount(
      `<main>${labelled('Phone', '+358 40 123 4567')}${labelled('Email', 'ana@example.fi')}</main>`,
    );
    expect(valueOf('phone')).toBe('+358 40 123 4567');
    expect(valueOf('email')).toBe('ana@example.fi');
  });

  it('skips a component whose host is hidden, or sits in a related-contacts zone', () => {
    const email = (address: string) => component(`<dl><dt>Email</dt><dd>${address}</dd></dl>`);
    mount(
      `<main><div hidden>${email('hidden@example.com')}</div>` +
        `<section><h2>Related contacts</h2>${email('other@example.com')}</section></main>`,
    );
    expect(valueOf('email')).toBeUndefined();
    mount(`<main>${component('<dl><dt>Email</dt><dd>own@example.com</dd></dl>', 'hidden')}</main>`);
    expect(valueOf('email')).toBeUndefined();
  });

  it('honours an Activity zone inside a component and reads what follows it', () => {
    mount(
      `<main>${component(
        '<section><h3>Activity</h3><dl><dt>Email</dt><dd>old@example.com</dd></dl></section>',
      )}<dl><dt>Email</dt><dd>current@example.com</dd></dl></main>`,
    );
    expect(valueOf('email')).toBe('current@example.com');
  });

  it('does not take a card <header> inside a component for the page banner', () => {
    mount(
      `<main>${component('<header><dl><dt>Email</dt><dd>card@example.com</dd></dl></header>')}</main>`,
    );
    expect(valueOf('email')).toBe('card@example.com');
    // Outside any sectioning content a component's header is still the banner.
    mount(component('<header><dl><dt>Email</dt><dd>agent@example.com</dd></dl></header>'));
    expect(valueOf('email')).toBeUndefined();
  });

  it('tells the caller of every open shadow root it read, and cannot read closed ones', () => {
    mount(
      `<main>${component(component('<dl><dt>Phone</dt><dd>040 123 4567</dd></dl>'))}` +
        `${component('<dl><dt>Email</dt><dd>closed@example.com</dd></dl>', 'data-mode="closed"')}</main>`,
    );
    const roots: ShadowRoot[] = [];
    const page = capturePage(document, { onShadowRoot: (root) => roots.push(root) });
    expect(roots).toHaveLength(2);
    expect(roots.every((root) => root.mode === 'open')).toBe(true);
    expect(page.fields.map((f) => f.key)).toEqual(['phone']);
  });

  it('learns a selector that steps into shadow roots, and applies it to the next record', () => {
    const record = (caseId: string) =>
      `<main>${component(`<div class="case"><span class="case-ref">${caseId}</span></div>`)}</main>`;
    mount(record('INC0012345'));
    const selector = learnSelector(document, 'INC0012345');
    expect(selector).toContain(' >>> ');
    mount(record('INC0067890'));
    const rules = [{ key: 'caseId' as const, selector: selector ?? '' }];
    const page = capturePage(document, { rules });
    expect(page.fields.find((f) => f.key === 'caseId')).toMatchObject({
      value: 'INC0067890',
      source: 'rule',
    });
  });
});
