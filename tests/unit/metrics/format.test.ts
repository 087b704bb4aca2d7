import { describe, expect, it } from 'vitest';
import { formatPercent, roundPercent } from '@/lib/metrics';

describe('roundPercent', () => {
  it.each([
    [33.333333, 0, 33],
    [66.666666, 0, 67],
    [66.666666, 1, 66.7],
    [12.5, 0, 13],
    [-12.5, 0, -13],
    [-0.4, 0, 0],
    [1.005, 2, 1.01],
  ])('%s to %s decimals → %s', (value, decimals, expected) => {
    expect(roundPercent(value, decimals)).toBe(expected);
  });

  it('passes null through', () => {
    expect(roundPercent(null)).toBeNull();
  });

  it('rejects silly precision', () => {
    expect(() => roundPercent(1, 1.5)).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  it('formats in the UI language', () => {
    expect(formatPercent(66.666)).toBe('67%');
    expect(formatPercent(66.666, { locale: 'fr', decimals: 1 }).replace(/\s/g, ' ')).toBe('66,7 %');
    expect(formatPercent(-25, { locale: 'fi' }).replace(/\s/g, ' ')).toMatch(/^[−-]25 %$/);
  });

  it('shows an em dash, not 0%, when there is no value', () => {
    expect(formatPercent(null)).toBe('—');
  });
});
