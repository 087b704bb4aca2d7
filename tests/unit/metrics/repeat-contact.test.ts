import { describe, expect, it } from 'vitest';
import { DAY_MS, fcr, repeatContactRate, type InteractionRow } from '@/lib/metrics';

const row = (id: string, customerKey: string, day: number, extraMs = 0): InteractionRow => ({
  id,
  customerKey,
  startedAt: day * DAY_MS + extraMs,
});

describe('repeatContactRate', () => {
  it('is null with no interactions', () => {
    expect(repeatContactRate([])).toEqual({ value: null, n: 0 });
  });

  it('counts a contact exactly 7 days later as a repeat (edge inclusive)', () => {
    expect(repeatContactRate([row('a', 'c1', 0), row('b', 'c1', 7)])).toEqual({ value: 50, n: 2 });
  });

  it('does not count one millisecond past the window', () => {
    expect(repeatContactRate([row('a', 'c1', 0), row('b', 'c1', 7, 1)])).toEqual({
      value: 0,
      n: 2,
    });
  });

  it('only compares the same customer key', () => {
    expect(repeatContactRate([row('a', 'c1', 0), row('b', 'c2', 1)]).value).toBe(0);
  });

  it('chains: each contact is compared to the one before it', () => {
    const rows = [row('a', 'c1', 0), row('b', 'c1', 5), row('c', 'c1', 11)];
    expect(repeatContactRate(rows).value).toBeCloseTo((2 / 3) * 100);
  });

  it('honours a custom window and ignores row order', () => {
    const rows = [row('b', 'c1', 2), row('a', 'c1', 0)];
    expect(repeatContactRate(rows, { windowDays: 1 }).value).toBe(0);
    expect(repeatContactRate(rows, { windowDays: 2 }).value).toBe(50);
  });

  it('counts a re-synced duplicate row once', () => {
    expect(repeatContactRate([row('a', 'c1', 0), row('a', 'c1', 0)])).toEqual({ value: 0, n: 1 });
  });

  it.each([0, -1, Number.NaN])('rejects window %s', (windowDays) => {
    expect(() => repeatContactRate([], { windowDays })).toThrow(RangeError);
  });
});

describe('fcr', () => {
  it('is null with no interactions', () => {
    expect(fcr([])).toEqual({ value: null, n: 0 });
  });

  it('marks the first contact unresolved when the customer comes back within 7 days', () => {
    expect(fcr([row('a', 'c1', 0), row('b', 'c1', 7)])).toEqual({ value: 50, n: 2 });
  });

  it('counts a return just after the window as resolved', () => {
    expect(fcr([row('a', 'c1', 0), row('b', 'c1', 7, 1)])).toEqual({ value: 100, n: 2 });
  });

  it('leaves out interactions whose window has not elapsed when asOf is given', () => {
    const rows = [row('a', 'c1', 0), row('b', 'c2', 10)];
    expect(fcr(rows, { asOf: 12 * DAY_MS })).toEqual({ value: 100, n: 1 });
    expect(fcr(rows, { asOf: 17 * DAY_MS })).toEqual({ value: 100, n: 2 });
  });

  it('uses a custom window', () => {
    expect(fcr([row('a', 'c1', 0), row('b', 'c1', 3)], { windowDays: 2 }).value).toBe(100);
  });
});

describe('a report period (issue 10)', () => {
  // c1 calls on days 0, 3 and 12; c2 on day 9. The period is days [3, 10).
  const rows = [row('a', 'c1', 0), row('b', 'c1', 3), row('c', 'c2', 9), row('d', 'c1', 12)];
  const within = (from: number, to: number) => (r: InteractionRow) =>
    r.startedAt >= from * DAY_MS && r.startedAt < to * DAY_MS;
  const counted = within(3, 10);

  it('counts only the period but looks back before it for repeats', () => {
    expect(repeatContactRate(rows, { counted })).toEqual({ value: 50, n: 2 });
  });

  it('counts only the period but looks forward past it for FCR', () => {
    // b: c1 came back on day 12 (within 7 days of day 3? no: 9 days) → resolved; c: resolved.
    expect(fcr(rows, { counted })).toEqual({ value: 100, n: 2 });
    expect(fcr(rows, { counted: within(0, 1) })).toEqual({ value: 0, n: 1 });
  });

  it('counts only the rows chosen, whatever they are chosen by', () => {
    expect(repeatContactRate(rows, { counted: (r) => r.id === 'b' })).toEqual({ value: 100, n: 1 });
  });

  it('leaves the start of the period in and its end out', () => {
    expect(repeatContactRate(rows, { counted: within(3, 9) }).n).toBe(1);
  });
});
