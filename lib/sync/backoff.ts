/** Backoff bounds: the first retry after ~1 s, never more than 5 minutes apart, never giving up. */
export const BACKOFF = { baseMs: 1_000, maxMs: 5 * 60_000 } as const;

/**
 * Delay before retry number `attempt` (1 = first retry): exponential, with "equal jitter" (half
 * fixed, half random) so a team's extensions coming back online do not retry in lockstep, and
 * never shorter than the collector's `Retry-After`.
 *
 * @example retryDelay(3, undefined, () => 0.5) // 3000 (4 s window, 75 %)
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
  floorMs = 0,
): number {
  const window = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(window / 2 + (window / 2) * random());
  return Math.max(jittered, retryAfterMs ?? 0, floorMs);
}

/**
 * `Retry-After` in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. Capped
 * at the backoff maximum so a wrong header cannot park the outbox for days.
 *
 * @example parseRetryAfter('2', 0) // 2000
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  const ms = /^\d+$/.test(trimmed) ? Number(trimmed) * 1_000 : Date.parse(trimmed) - now;
  return Number.isFinite(ms) ? Math.min(Math.max(0, ms), BACKOFF.maxMs) : undefined;
}
