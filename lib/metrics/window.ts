/** The repeat-contact window shared by metrics (FCR, repeat-contact rate) and live detection. */

/** One day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Default repeat-contact window, in days; the agent's settings change it (`repeatWindowDays`). */
export const DEFAULT_WINDOW_DAYS = 7;

/** Throws a RangeError unless the window is a positive, finite number of days. */
export function assertWindowDays(windowDays: number): void {
  if (!Number.isFinite(windowDays) || windowDays <= 0) {
    throw new RangeError(`windowDays must be a positive number of days; got ${String(windowDays)}`);
  }
}

/**
 * True when a contact at `laterMs` is a repeat of one at `earlierMs`: strictly later, and at most
 * `windowDays` after it (the edge is inclusive: exactly 7 × 24 h later still counts).
 */
export function isWithinWindow(earlierMs: number, laterMs: number, windowDays: number): boolean {
  return laterMs > earlierMs && laterMs - earlierMs <= windowDays * DAY_MS;
}
