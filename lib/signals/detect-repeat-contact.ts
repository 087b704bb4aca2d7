import { DEFAULT_WINDOW_DAYS, assertWindowDays, isWithinWindow } from '@/lib/metrics/window';
import type { Channel, Outcome } from './taxonomy';

/** An earlier contact of the same customer (same customer key), as kept in the local history. */
export interface PastContact {
  /** Start, epoch ms. */
  startedAt: number;
  category?: string;
  outcome?: Outcome;
  channel?: Channel;
}

/** What the panel says about a repeat contact ("2nd contact in 7 days — last time: billing, transferred"). */
export interface RepeatContactResult {
  isRepeat: boolean;
  /** Contacts in the window, including the current one (1 = first contact). */
  count: number;
  /** The most recent earlier contact in the window. */
  last?: { category?: string; outcome?: Outcome; channel?: Channel; startedAt: number };
  /** The earlier contacts in the window, newest first (feed to `detectChannelSwitch`). */
  inWindow: PastContact[];
}

/**
 * Is the current contact (starting at `now`) a repeat? It is when the same customer had a contact
 * that started strictly before `now` and at most `windowDays` × 24 h before (edge inclusive), the
 * same rule as the repeat-contact rate in `lib/metrics`. History entries at or after `now` are
 * ignored, so passing a history that already holds the current interaction is harmless.
 *
 * @throws RangeError when windowDays is not a positive number.
 * @example detectRepeatContact(history, Date.now(), 7).count // 2 → "2nd contact in 7 days"
 */
export function detectRepeatContact(
  history: readonly PastContact[],
  now: number,
  windowDays: number = DEFAULT_WINDOW_DAYS,
): RepeatContactResult {
  assertWindowDays(windowDays);
  const inWindow = history
    .filter((contact) => isWithinWindow(contact.startedAt, now, windowDays))
    .sort((a, b) => b.startedAt - a.startedAt);
  const latest = inWindow[0];
  return {
    isRepeat: inWindow.length > 0,
    count: inWindow.length + 1,
    inWindow,
    ...(latest && {
      last: {
        startedAt: latest.startedAt,
        ...(latest.category !== undefined && { category: latest.category }),
        ...(latest.outcome !== undefined && { outcome: latest.outcome }),
        ...(latest.channel !== undefined && { channel: latest.channel }),
      },
    }),
  };
}
