import { describe, expect, it } from 'vitest';
import { DEFAULT_EFFORT_WEIGHTS, effortIndex, validateEffortWeights } from '@/lib/signals';

describe('effortIndex', () => {
  it('is 0 without signals', () => {
    expect(effortIndex([])).toBe(0);
  });

  it('sums the default weights', () => {
    expect(effortIndex([{ type: 'transfer' }, { type: 'repeated_info' }])).toBe(45);
    expect(effortIndex([{ type: 'transfer' }, { type: 'transfer' }])).toBe(50);
  });

  it('weighs the heavy indicators above the soft ones', () => {
    const w = DEFAULT_EFFORT_WEIGHTS;
    for (const heavy of [
      'transfer',
      'channel_switch',
      'repeat_contact',
      'repeated_info',
    ] as const) {
      expect(w[heavy]).toBeGreaterThan(w.generic_service);
      expect(w[heavy]).toBeGreaterThan(w.hold);
    }
  });

  it('caps at 100', () => {
    const all = [
      'repeat_contact',
      'transfer',
      'channel_switch',
      'repeated_info',
      'escalation',
    ] as const;
    expect(effortIndex(all.map((type) => ({ type })))).toBe(100);
  });

  it.each([
    [undefined, 10],
    [60, 10],
    [300, 10],
    [301, 20],
    [600, 20],
    [3600, 30],
  ])('counts a hold of %s s as %s points', (durationSeconds, expected) => {
    const attributes = durationSeconds === undefined ? undefined : { durationSeconds };
    expect(effortIndex([{ type: 'hold', attributes }])).toBe(expected);
  });

  it('uses custom weights', () => {
    const weights = { ...DEFAULT_EFFORT_WEIGHTS, generic_service: 40 };
    expect(effortIndex([{ type: 'generic_service' }], weights)).toBe(40);
  });
});

describe('validateEffortWeights', () => {
  it('fills missing types with defaults', () => {
    const result = validateEffortWeights({ transfer: 40 });
    expect(result).toEqual({ ok: true, weights: { ...DEFAULT_EFFORT_WEIGHTS, transfer: 40 } });
  });

  it.each([
    [{ transfer: -1 }, '$.transfer'],
    [{ transfer: 101 }, '$.transfer'],
    [{ transfer: 'high' }, '$.transfer'],
    [{ teleport: 3 }, '$'],
    [null, '$'],
  ])('rejects %j at %s', (input, path) => {
    const result = validateEffortWeights(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe(path);
  });
});
