import { describe, expect, it } from 'vitest';
import { extractCustomerContext } from '@/lib/capture';
import { clean, labelText } from '@/lib/capture/text';

const field = (email: string) => `<dl><dt>Email</dt><dd>${email}</dd></dl>`;
const emailIn = (body: string) => {
  document.body.innerHTML = body;
  return extractCustomerContext(document).find((f) => f.key === 'email')?.value ?? null;
};

// The scan steps over excluded zones without reading them: what follows must still be read.
describe('scan over excluded zones', () => {
  it('reads fields after a nested zone that ends its wrappers', () =>
    expect(
      emailIn(
        `<main><div><div><section><h2>Activity</h2>${field('old@example.com')}</section></div></div>${field('x@example.com')}</main>`,
      ),
    ).toBe('x@example.com'));

  it('reads fields after a nav and a titled sibling zone', () =>
    expect(
      emailIn(
        `<main><nav>${field('nav@example.com')}</nav><h3>Related contacts</h3><div>${field('rel@example.com')}</div><h3>Details</h3>${field('x@example.com')}</main>`,
      ),
    ).toBe('x@example.com'));

  it('captures nothing when the only field sits in a zone at the end of the page', () =>
    expect(
      emailIn(`<main><section><h2>History</h2>${field('old@example.com')}</section></main>`),
    ).toBeNull());

  it('still honours a heading inside a skipped banner that titles its wrapper', () =>
    expect(
      emailIn(
        `<div><header><h2>Activity</h2></header>${field('old@example.com')}</div><main>${field('x@example.com')}</main>`,
      ),
    ).toBe('x@example.com'));

  it('ends a sibling zone at the next heading when its title nests another heading', () =>
    expect(
      emailIn(
        `<main><div><h3><span role="heading">Activity</span></h3><div>${field('old@example.com')}</div><h3>Contact</h3>${field('x@example.com')}</div></main>`,
      ),
    ).toBe('x@example.com'));

  it('reads a big zone-free table page the same way', () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) => `<tr><td>2025-11-01</td><td><p>Note ${i}: asked about invoice ${i}</p></td></tr>`,
    ).join('');
    expect(
      emailIn(`<main>${field('x@example.com')}<table><tbody>${rows}</tbody></table></main>`),
    ).toBe('x@example.com');
  });
});

describe('text helpers fast paths', () => {
  const slowClean = (s: string) => s.replace(/[\s\u200b]+/g, ' ').trim();
  it.each([
    'Email',
    ' Email',
    'Email ',
    'E  mail',
    'E\tmail',
    'E\u00a0mail',
    'E\u200bmail',
    '\u200bEmail',
    '',
    ' ',
    'Account number',
  ])('clean(%j) collapses like the regex', (s) => expect(clean(s)).toBe(slowClean(s)));

  it.each([
    ['Email:', 'Email'],
    ['* Email *', 'Email'],
    ['Phone (optional)', 'Phone'],
    ['Téléphone :', 'Téléphone'],
    ['Email', 'Email'],
    ['*', ''],
    ['Case (current)', 'Case (current)'],
  ])('labelText(%j) is %j', (s, want) => expect(labelText(s)).toBe(want));
});
