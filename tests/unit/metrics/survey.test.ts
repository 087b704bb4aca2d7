import { describe, expect, it } from 'vitest';
import { ces, cesSummary, csat, nps } from '@/lib/metrics';

describe('ces (1–7, % of answers ≥ 5)', () => {
  it.each([
    { answers: [], expected: { value: null, n: 0 } },
    { answers: [1], expected: { value: 0, n: 1 } },
    { answers: [7], expected: { value: 100, n: 1 } },
    { answers: [4, 5], expected: { value: 50, n: 2 } },
    { answers: [7, 5, 4, 1], expected: { value: 50, n: 4 } },
  ])('$answers → $expected.value', ({ answers, expected }) => {
    expect(ces(answers)).toEqual(expected);
  });

  it('keeps full precision (rounding is a display concern)', () => {
    expect(ces([5, 1, 1]).value).toBeCloseTo(33.3333333333, 9);
    expect(ces([5, 5, 1]).value).toBe((2 / 3) * 100);
  });

  it.each([0, 8, 2.5, Number.NaN, Number.POSITIVE_INFINITY, -1])(
    'throws a RangeError naming the scale for %s',
    (bad) => {
      expect(() => ces([5, bad])).toThrow(RangeError);
      expect(() => ces([5, bad])).toThrow(/CES scale 1–7/);
    },
  );
});

describe('csat (1–5, % of answers 4–5)', () => {
  it.each([
    { answers: [], expected: { value: null, n: 0 } },
    { answers: [1, 2, 3], expected: { value: 0, n: 3 } },
    { answers: [4, 5], expected: { value: 100, n: 2 } },
    { answers: [5, 4, 3, 2], expected: { value: 50, n: 4 } },
  ])('$answers → $expected.value', ({ answers, expected }) => {
    expect(csat(answers)).toEqual(expected);
  });

  it.each([0, 6, 3.5, Number.NaN])('throws a RangeError for %s', (bad) => {
    expect(() => csat([bad])).toThrow(/CSAT scale 1–5/);
  });
});

describe('nps (0–10, % promoters 9–10 − % detractors 0–6)', () => {
  it.each([
    { answers: [], expected: { value: null, n: 0 } },
    { answers: [9, 10, 10], expected: { value: 100, n: 3 } },
    { answers: [0, 6, 3], expected: { value: -100, n: 3 } },
    { answers: [7, 8], expected: { value: 0, n: 2 } },
    { answers: [10, 9, 8, 3], expected: { value: 25, n: 4 } },
    { answers: [0, 10], expected: { value: 0, n: 2 } },
  ])('$answers → $expected.value', ({ answers, expected }) => {
    expect(nps(answers)).toEqual(expected);
  });

  it('keeps full precision', () => {
    expect(nps([10, 8, 8]).value).toBeCloseTo(33.333333, 5);
  });

  it.each([-1, 11, 9.5, Number.NaN, Number.NEGATIVE_INFINITY])('throws for %s', (bad) => {
    expect(() => nps([bad])).toThrow(RangeError);
    expect(() => nps([bad])).toThrow(/NPS scale 0–10/);
  });
});

describe('cesSummary', () => {
  it('adds the mean and a full 1–7 distribution', () => {
    expect(cesSummary([7, 5, 1])).toEqual({
      value: (2 / 3) * 100,
      n: 3,
      mean: 13 / 3,
      distribution: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 1, 6: 0, 7: 1 },
    });
  });

  it('has a null mean and zero counts when empty', () => {
    expect(cesSummary([])).toEqual({
      value: null,
      n: 0,
      mean: null,
      distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0 },
    });
  });

  it('validates like ces', () => {
    expect(() => cesSummary([8])).toThrow(RangeError);
  });
});
