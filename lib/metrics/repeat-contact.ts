import type { MetricResult } from './survey';
import { DAY_MS, DEFAULT_WINDOW_DAYS, assertWindowDays, isWithinWindow } from './window';

/** The fields of an interaction row these metrics need; `customerKey` is the pseudonymous key. */
export interface InteractionRow {
  id: string;
  customerKey: string;
  /** Start of the interaction, epoch milliseconds. */
  startedAt: number;
}

/** Options shared by `fcr` and `repeatContactRate`. */
export interface RepeatWindowOptions {
  /** Window in days (default 7). */
  windowDays?: number;
  /**
   * "Now" for FCR, epoch ms. When given, interactions whose window has not fully elapsed
   * (startedAt + window > asOf) are left out of FCR: we cannot know yet whether the customer comes
   * back, and counting them as resolved would inflate FCR for the most recent days.
   */
  asOf?: number;
  /**
   * Which interactions are counted (default: all). Every row still serves as history, so for a
   * report's period and filters (issue 10) a repeat looks back before the period, and FCR forward
   * past it, over all the customer's contacts.
   *
   * @example { counted: (row) => row.startedAt >= from && row.startedAt < to }
   */
  counted?: (row: InteractionRow) => boolean;
}

/** One contact on a customer's timeline, and whether it is counted. */
interface Contact {
  startedAt: number;
  counted: boolean;
}

/**
 * Groups rows by customer, each group sorted by start time. Rows repeated with the same id
 * (a re-synced batch) are counted once: the first occurrence wins.
 */
function timelinesByCustomer(
  rows: readonly InteractionRow[],
  counted: RepeatWindowOptions['counted'],
): Contact[][] {
  const seen = new Set<string>();
  const byCustomer = new Map<string, Contact[]>();
  for (const row of rows) {
    if (!Number.isFinite(row.startedAt)) {
      throw new RangeError(`interaction ${row.id} has no valid startedAt`);
    }
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const times = byCustomer.get(row.customerKey) ?? [];
    times.push({ startedAt: row.startedAt, counted: counted ? counted(row) : true });
    byCustomer.set(row.customerKey, times);
  }
  return [...byCustomer.values()].map((times) => times.sort((a, b) => a.startedAt - b.startedAt));
}

/**
 * First-contact resolution: the percentage (0–100) of interactions after which the same customer
 * did NOT contact again within the window, i.e. no other interaction by the same customer key
 * started strictly later and at most `windowDays` × 24 h later (edge inclusive).
 *
 * Not the complement of `repeatContactRate`: FCR looks forward from each interaction, the repeat
 * rate looks back. Remember FCR alone can reward bad behaviour (closing early); show it beside CES.
 *
 * @example fcr(rows, { windowDays: 7, asOf: Date.now() })
 */
export function fcr(
  rows: readonly InteractionRow[],
  { windowDays = DEFAULT_WINDOW_DAYS, asOf, counted }: RepeatWindowOptions = {},
): MetricResult {
  assertWindowDays(windowDays);
  let n = 0;
  let resolved = 0;
  for (const contacts of timelinesByCustomer(rows, counted)) {
    const times = contacts.map((c) => c.startedAt);
    times.forEach((startedAt, i) => {
      if (!contacts[i]?.counted) return;
      if (asOf !== undefined && startedAt + windowDays * DAY_MS > asOf) return;
      n += 1;
      // Sorted, so the next strictly later contact is the only one that can fall in the window.
      let j = i + 1;
      while (j < times.length && (times[j] as number) <= startedAt) j += 1;
      const next = times[j];
      if (next === undefined || !isWithinWindow(startedAt, next, windowDays)) resolved += 1;
    });
  }
  return { value: n === 0 ? null : (resolved / n) * 100, n };
}

/**
 * Repeat-contact rate: the percentage (0–100) of interactions that are themselves a repeat, i.e. the
 * same customer key had another interaction that started strictly earlier and at most
 * `windowDays` × 24 h before (edge inclusive). The first contact about anything is never a repeat.
 *
 * @example repeatContactRate(rows) // 7-day window
 */
export function repeatContactRate(
  rows: readonly InteractionRow[],
  {
    windowDays = DEFAULT_WINDOW_DAYS,
    counted,
  }: Pick<RepeatWindowOptions, 'windowDays' | 'counted'> = {},
): MetricResult {
  assertWindowDays(windowDays);
  let n = 0;
  let repeats = 0;
  for (const contacts of timelinesByCustomer(rows, counted)) {
    const times = contacts.map((c) => c.startedAt);
    times.forEach((startedAt, i) => {
      if (!contacts[i]?.counted) return;
      n += 1;
      // Sorted, so the closest strictly earlier contact decides; equal start times are not repeats.
      let j = i - 1;
      while (j >= 0 && (times[j] as number) >= startedAt) j -= 1;
      const previous = times[j];
      if (previous !== undefined && isWithinWindow(previous, startedAt, windowDays)) repeats += 1;
    });
  }
  return { value: n === 0 ? null : (repeats / n) * 100, n };
}
