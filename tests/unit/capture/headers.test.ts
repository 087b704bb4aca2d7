import { describe, expect, it } from 'vitest';
import { capturePage } from '@/lib/capture';

const fieldsOf = (html: string) => {
  document.body.innerHTML = html;
  return Object.fromEntries(capturePage(document).fields.map((f) => [f.key, f.value]));
};

// Issue 14: the name only in a case header or a breadcrumb, the case id only in a breadcrumb.
describe('record named by its header or breadcrumb', () => {
  it('reads the name after the case id in a case header', () => {
    expect(fieldsOf('<main><h1>Tapaus TAP-20931 · Mikko Rantanen</h1></main>')).toMatchObject({
      customerName: 'Mikko Rantanen',
      caseId: 'TAP-20931',
    });
  });

  it("reads a trail's last items, not its separators, and not a company", () => {
    const trail = (items: string[]) =>
      `<nav aria-label="breadcrumb"><ol>${items.map((i) => `<li>${i}</li><li aria-hidden="true">/</li>`).join('')}</ol></nav>`;
    expect(fieldsOf(`<main>${trail(['Home', 'Cases', 'Case 00123456'])}</main>`)).toEqual({
      caseId: '00123456',
    });
    expect(
      fieldsOf(`<main>${trail(['Clients', 'Camille Rousseau', 'Réclamations'])}</main>`),
    ).toEqual({ customerName: 'Camille Rousseau' });
    expect(fieldsOf(`<main>${trail(['Accounts', 'Northwind Holdings', 'Cases'])}</main>`)).toEqual(
      {},
    );
  });
});
