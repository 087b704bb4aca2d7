import { describe, expect, it } from 'vitest';
import { DAY_MS } from '@/lib/metrics';
import { detectChannelSwitch, detectRepeatContact, type PastContact } from '@/lib/signals';

const now = 100 * DAY_MS;

describe('detectRepeatContact', () => {
  it('is a first contact with no history', () => {
    expect(detectRepeatContact([], now, 7)).toEqual({ isRepeat: false, count: 1, inWindow: [] });
  });

  it('counts a contact exactly 7 days ago (edge inclusive)', () => {
    const history: PastContact[] = [
      { startedAt: now - 7 * DAY_MS, category: 'billing', outcome: 'transferred', channel: 'chat' },
    ];
    expect(detectRepeatContact(history, now, 7)).toMatchObject({
      isRepeat: true,
      count: 2,
      last: {
        category: 'billing',
        outcome: 'transferred',
        channel: 'chat',
        startedAt: now - 7 * DAY_MS,
      },
    });
  });

  it('ignores a contact one millisecond outside the window', () => {
    const result = detectRepeatContact([{ startedAt: now - 7 * DAY_MS - 1 }], now, 7);
    expect(result).toEqual({ isRepeat: false, count: 1, inWindow: [] });
  });

  it('ignores the current interaction and anything later', () => {
    const result = detectRepeatContact([{ startedAt: now }, { startedAt: now + 1 }], now, 7);
    expect(result.isRepeat).toBe(false);
  });

  it('counts every contact in the window and reports the latest', () => {
    const result = detectRepeatContact(
      [
        { startedAt: now - 3 * DAY_MS, category: 'old' },
        { startedAt: now - DAY_MS, category: 'latest', outcome: 'unresolved' },
        { startedAt: now - 30 * DAY_MS, category: 'too old' },
      ],
      now,
      7,
    );
    expect(result.count).toBe(3);
    expect(result.last).toEqual({
      category: 'latest',
      outcome: 'unresolved',
      startedAt: now - DAY_MS,
    });
    expect(result.inWindow.map((c) => c.category)).toEqual(['latest', 'old']);
  });

  it('uses the default 7-day window and a custom one', () => {
    const history = [{ startedAt: now - 10 * DAY_MS }];
    expect(detectRepeatContact(history, now).isRepeat).toBe(false);
    expect(detectRepeatContact(history, now, 14).isRepeat).toBe(true);
  });

  it('rejects a non-positive window', () => {
    expect(() => detectRepeatContact([], now, 0)).toThrow(RangeError);
  });
});

describe('detectChannelSwitch', () => {
  it('detects a switch from the most recent previous channel', () => {
    expect(
      detectChannelSwitch(
        [
          { channel: 'email', startedAt: 1 },
          { channel: 'chat', startedAt: 5 },
        ],
        'phone',
      ),
    ).toEqual({ from: 'chat', to: 'phone' });
  });

  it('is null on the same channel, with no history, or without known channels', () => {
    expect(detectChannelSwitch([{ channel: 'phone', startedAt: 1 }], 'phone')).toBeNull();
    expect(detectChannelSwitch([], 'phone')).toBeNull();
    expect(detectChannelSwitch([{ startedAt: 1 }], 'phone')).toBeNull();
  });

  it('only sees contacts inside the window when fed from detectRepeatContact', () => {
    const atEdge = detectRepeatContact([{ startedAt: now - 7 * DAY_MS, channel: 'chat' }], now, 7);
    expect(detectChannelSwitch(atEdge.inWindow, 'phone')).toEqual({ from: 'chat', to: 'phone' });
    const outside = detectRepeatContact(
      [{ startedAt: now - 7 * DAY_MS - 1, channel: 'chat' }],
      now,
      7,
    );
    expect(detectChannelSwitch(outside.inWindow, 'phone')).toBeNull();
  });
});
