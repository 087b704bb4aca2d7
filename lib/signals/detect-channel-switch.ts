import type { Channel } from './taxonomy';

/** A channel switch: the customer came back through another channel than last time. */
export interface ChannelSwitch {
  from: Channel;
  to: Channel;
}

/**
 * Detects a channel switch: the most recent earlier contact in the repeat window used another
 * channel than the current one (e.g. chat, then phone). Only the most recent contact counts: it
 * is the channel that did not settle the issue. Contacts without a channel are skipped.
 *
 * @param previousInWindow earlier contacts of the same customer inside the window, e.g.
 *   `detectRepeatContact(...).inWindow`; the most recent is found by `startedAt` when present,
 *   otherwise the first entry is taken as the most recent.
 * @example detectChannelSwitch([{ channel: 'chat', startedAt: t }], 'phone') // { from: 'chat', to: 'phone' }
 */
export function detectChannelSwitch(
  previousInWindow: readonly { channel?: Channel; startedAt?: number }[],
  currentChannel: Channel,
): ChannelSwitch | null {
  let latest: { channel: Channel; startedAt?: number } | undefined;
  for (const contact of previousInWindow) {
    if (contact.channel === undefined) continue;
    const newer =
      latest === undefined ||
      (contact.startedAt !== undefined &&
        latest.startedAt !== undefined &&
        contact.startedAt > latest.startedAt);
    if (newer) latest = { channel: contact.channel, startedAt: contact.startedAt };
  }
  if (latest === undefined || latest.channel === currentChannel) return null;
  return { from: latest.channel, to: currentChannel };
}
