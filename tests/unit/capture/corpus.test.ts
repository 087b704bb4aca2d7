import { describe, expect, it } from 'vitest';
import { capturePage, FIELD_KEYS, type FieldKey } from '@/lib/capture';
import { fixtureNames, loadFixture, toDocument } from './corpus';

// Floors sit a little under what the corpus reaches today (see the printed table), so a
// regression fails while honest small changes do not.
const FLOORS = { precision: 0.98, recall: 0.97, keyPrecision: 0.95, keyRecall: 0.93 };

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

describe('capture corpus', () => {
  const names = fixtureNames();
  const perKey = new Map<FieldKey, Tally>(FIELD_KEYS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const failures: string[] = [];
  let lists = 0;

  for (const name of names) {
    const { html, expected } = loadFixture(name);
    const result = capturePage(toDocument(html), { url: expected.url });
    if (expected.kind === 'list') lists++;
    for (const key of FIELD_KEYS) {
      const t = perKey.get(key) as Tally;
      const want = expected.fields[key];
      const got = result.fields.find((f) => f.key === key)?.value;
      if (got !== undefined && got === want) t.tp++;
      else {
        if (got !== undefined) t.fp++;
        if (want !== undefined) t.fn++;
        if (got !== want) failures.push(`${name} ${key}: got ${got ?? '∅'} want ${want ?? '∅'}`);
      }
    }
    const values = result.fields.map((f) => f.value);
    const leaked = expected.mustNotCapture.filter((bad) => values.includes(bad));
    if (leaked.length) failures.push(`${name}: captured decoy ${leaked.join(', ')}`);
    if (result.kind !== expected.kind)
      failures.push(`${name}: kind ${result.kind}, want ${expected.kind}`);
  }

  const total = [...perKey.values()].reduce(
    (a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  const line = (key: string, t: Tally) =>
    `${key.padEnd(14)} ${ratio(t.tp, t.tp + t.fp).toFixed(3)}     ${ratio(t.tp, t.tp + t.fn).toFixed(3)}  ` +
    `${String(t.tp).padStart(3)} ${String(t.fp).padStart(3)} ${String(t.fn).padStart(3)}`;
  console.log(
    [
      `capture corpus: ${names.length} fixtures (${lists} lists)`,
      'key            precision recall   tp  fp  fn',
      ...[...perKey.entries()].map(([key, t]) => line(key, t)),
      line('overall', total),
    ].join('\n'),
  );
  if (failures.length) console.log(failures.join('\n'));

  it('has a corpus of at least 45 pages with at least 6 list pages', () => {
    expect(names.length).toBeGreaterThanOrEqual(45);
    expect(lists).toBeGreaterThanOrEqual(6);
  });

  it.each(names)('%s: fixture and expected file both exist', (name) => {
    expect(() => loadFixture(name)).not.toThrow();
  });

  it.each(names)('%s: no decoy captured, list pages give no fields', (name) => {
    const { html, expected } = loadFixture(name);
    const result = capturePage(toDocument(html), { url: expected.url });
    const values = result.fields.map((f) => f.value);
    for (const bad of expected.mustNotCapture) expect(values).not.toContain(bad);
    if (expected.kind === 'list') expect(result).toEqual({ kind: 'list', fields: [] });
  });

  it('meets the precision and recall floors', () => {
    expect(ratio(total.tp, total.tp + total.fp)).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(ratio(total.tp, total.tp + total.fn)).toBeGreaterThanOrEqual(FLOORS.recall);
    for (const t of perKey.values()) {
      expect(ratio(t.tp, t.tp + t.fp)).toBeGreaterThanOrEqual(FLOORS.keyPrecision);
      expect(ratio(t.tp, t.tp + t.fn)).toBeGreaterThanOrEqual(FLOORS.keyRecall);
    }
  });
});
