import { describe, expect, it } from 'vitest';
import { extractCustomerContext } from '@/lib/capture';

const emailOf = (html: string) => {
  document.body.innerHTML = `<main>${html}</main>`;
  return extractCustomerContext(document).find((f) => f.key === 'email')?.value ?? null;
};
const field = '<dl><dt>Email</dt><dd>x@example.com</dd></dl>';

describe('visibility and excluded zones', () => {
  it('captures a visible field', () => expect(emailOf(field)).toBe('x@example.com'));

  it.each([
    ['display:none style', `<div style="display: none">${field}</div>`],
    ['hidden attribute', `<div hidden>${field}</div>`],
    ['aria-hidden', `<div aria-hidden="true">${field}</div>`],
    ['inactive tab panel', `<div role="tabpanel" hidden>${field}</div>`],
    ['.slds-hide', `<div class="slds-hide">${field}</div>`],
    ['.d-none', `<div class="d-none">${field}</div>`],
    ['.hidden', `<div class="hidden">${field}</div>`],
    ['inert', `<div inert>${field}</div>`],
    ['closed dialog', `<dialog>${field}</dialog>`],
    [
      'stylesheet display:none',
      `<style>.gone{display:none}</style><div class="gone">${field}</div>`,
    ],
    ['banner', `<div role="banner">${field}</div>`],
    ['nav', `<nav>${field}</nav>`],
    ['activity feed', `<section><h2>Activity</h2>${field}</section>`],
    ['related contacts', `<div><h3>Related contacts</h3><div>${field}</div></div>`],
  ])('ignores a field in %s', (_, html) => expect(emailOf(html)).toBeNull());

  it('keeps a field in an open dialog', () =>
    expect(emailOf(`<dialog open>${field}</dialog>`)).toBe('x@example.com'));

  it('ignores empty search boxes and the agent in the page header', () => {
    document.body.innerHTML =
      '<header><span>Logged in as Jane Agent</span><dl><dt>Name</dt><dd>Jane Agent</dd></dl></header>' +
      '<main><form role="search"><label for="q">Customer number</label><input id="q" type="search" value="12345678"></form></main>';
    expect(extractCustomerContext(document)).toEqual([]);
  });
});
