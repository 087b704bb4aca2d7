import { describe, expect, it } from 'vitest';
import { capturePage } from '@/lib/capture';

const valueOf = (html: string, key: string) => {
  document.body.innerHTML = html;
  return capturePage(document).fields.find((f) => f.key === key)?.value;
};

// Issue 14: a value whose only label is an icon beside it.
describe('icon labels', () => {
  it("reads an aria-hidden icon's aria-label and a title wrapper", () => {
    const svg = '<svg aria-hidden="true" aria-label="Phone"><path d="M0 0"/></svg>';
    expect(valueOf(`<main><div>${svg}<p>+358 40 123 4567</p></div></main>`, 'phone')).toBe(
      '+358 40 123 4567',
    );
    const wrapped =
      '<span title="Numéro de client"><span role="img" aria-label="idcard"></span></span>';
    expect(
      valueOf(`<main><div>${wrapped}<span>CL-771045</span></div></main>`, 'accountNumber'),
    ).toBe('CL-771045');
  });

  it('ignores icons in buttons and links, and icons naming other things', () => {
    const button = '<button><svg aria-label="Phone"></svg></button>';
    expect(valueOf(`<main><div>${button}<p>+358 40 123 4567</p></div></main>`, 'phone')).toBe(
      undefined,
    );
    const manager = '<svg aria-label="Account manager"></svg>';
    expect(valueOf(`<main><div>${manager}<p>Laura Bianchi</p></div></main>`, 'customerName')).toBe(
      undefined,
    );
  });
});
