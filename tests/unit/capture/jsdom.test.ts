// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { capturePage } from '@/lib/capture';
import { fixtureNames, loadFixture, toDocument } from './corpus';

// jsdom differs from happy-dom in parsing, computed style and label.control: same answers expected.
const SAMPLE = [
  'sf-contact-en',
  'dynamics-contact-en',
  'antd-vertical-fr',
  'mui-fi',
  'malformed-nested',
  'malformed-fragments',
  'list-dynamics-grid-fr',
];

describe('capture under jsdom', () => {
  it('has every sampled fixture', () => {
    const names = fixtureNames();
    for (const name of SAMPLE) expect(names).toContain(name);
  });

  it.each(SAMPLE)('%s: no throw, expected kind and fields', (name) => {
    const { html, expected } = loadFixture(name);
    const result = capturePage(toDocument(html), { url: expected.url });
    expect(result.kind).toBe(expected.kind);
    expect(Object.fromEntries(result.fields.map((f) => [f.key, f.value]))).toEqual(expected.fields);
  });
});
