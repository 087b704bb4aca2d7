import { describe, expect, it } from 'vitest';
import { capturePage } from '@/lib/capture';

const card = (title: string, account: string, phone: string) =>
  `<div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">${title}</div></div>` +
  `<div class="ant-card-body"><dl><dt>Account number</dt><dd>${account}</dd><dt>Phone</dt><dd>${phone}</dd></dl></div></div>`;

const fieldsOf = (html: string) => {
  document.body.innerHTML = html;
  return capturePage(document);
};

// Issue 14: a related party's block with the same labels, before the customer's own fields.
describe('related party blocks', () => {
  it.each(['Parent account', 'Contact de facturation', 'Kotitalous', 'Account manager'])(
    'skips a card titled %j and keeps the record after it',
    (title) => {
      const page = fieldsOf(
        `<main>${card(title, 'ACC-0031177', '+1 415 555 0100')}${card('Customer', 'ACC-0048877', '+1 415 555 0142')}</main>`,
      );
      expect(page.kind).toBe('record');
      expect(Object.fromEntries(page.fields.map((f) => [f.key, f.value]))).toEqual({
        accountNumber: 'ACC-0048877',
        phone: '+1 415 555 0142',
      });
    },
  );

  it('captures nothing rather than pick one of two untitled look-alike blocks', () => {
    const page = fieldsOf(
      `<main>${card('Details', 'ACC-0031177', '+1 415 555 0100')}${card('Customer', 'ACC-0048877', '+1 415 555 0142')}</main>`,
    );
    expect(page.fields).toEqual([]);
  });
});
