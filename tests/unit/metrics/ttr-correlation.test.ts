import { describe, expect, it } from 'vitest';
import { effortCesCorrelation, pearson, ttr } from '@/lib/metrics';

describe('ttr', () => {
  it('is the mean from first contact to the last resolution, per issue', () => {
    expect(
      ttr([
        { issueKey: 'a', startedAt: 0 },
        { issueKey: 'a', startedAt: 10, resolvedAt: 60 },
        { issueKey: 'b', startedAt: 100, resolvedAt: 120 },
        { issueKey: 'c', startedAt: 5 },
      ]),
    ).toEqual({ value: 40, n: 2, unresolved: 1 });
  });

  it('uses the last resolution when an issue was reopened', () => {
    expect(
      ttr([
        { issueKey: 'a', startedAt: 0, resolvedAt: 10 },
        { issueKey: 'a', startedAt: 50, resolvedAt: 90 },
      ]).value,
    ).toBe(90);
  });

  it('is null with no resolved issue', () => {
    expect(ttr([])).toEqual({ value: null, n: 0, unresolved: 0 });
  });

  it('rejects a resolution before the start', () => {
    expect(() => ttr([{ issueKey: 'a', startedAt: 10, resolvedAt: 5 }])).toThrow(RangeError);
  });
});

describe('pearson', () => {
  it('is 1 / −1 on perfectly linear data', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1);
    expect(pearson([1, 2, 3], [6, 4, 2])).toBeCloseTo(-1);
  });

  it('is null with fewer than 3 pairs or zero variance', () => {
    expect(pearson([1, 2], [1, 2])).toBeNull();
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNull();
  });

  it('rejects series of different lengths', () => {
    expect(() => pearson([1, 2, 3], [1, 2])).toThrow(RangeError);
  });
});

describe('effortCesCorrelation', () => {
  it('uses only interactions with both an effort index and a CES answer', () => {
    const result = effortCesCorrelation([
      { effortIndex: 0, ces: 7 },
      { effortIndex: 50, ces: 4 },
      { effortIndex: 100, ces: 1 },
      { effortIndex: 20 },
      { ces: 3, effortIndex: null },
    ]);
    expect(result.n).toBe(3);
    expect(result.r).toBeCloseTo(-1);
  });
});
