import { describe, expect, it } from 'vitest';
import { BACKOFF, parseRetryAfter, retryDelay } from '@/lib/sync/backoff';
import { syncEventSchema } from '@/lib/sync/schema';
import { toWireEvent } from '@/lib/sync/wire';

describe('retryDelay', () => {
  it('grows exponentially with jitter and stays under the cap', () => {
    expect(retryDelay(1, undefined, () => 0)).toBe(500);
    expect(retryDelay(1, undefined, () => 1)).toBe(1_000);
    expect(retryDelay(4, undefined, () => 0.5)).toBe(6_000);
    expect(retryDelay(40, undefined, () => 1)).toBe(BACKOFF.maxMs);
  });

  it('never retries sooner than Retry-After or the floor', () => {
    expect(retryDelay(1, 7_000, () => 0)).toBe(7_000);
    expect(retryDelay(1, undefined, () => 0, 60_000)).toBe(60_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates, ignores junk, caps absurd values', () => {
    const now = Date.parse('2026-03-01T09:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter('Sun, 01 Mar 2026 09:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('999999', now)).toBe(BACKOFF.maxMs);
  });
});

describe('toWireEvent', () => {
  it('sends ISO times and only the wire fields', () => {
    const wire = toWireEvent({
      id: crypto.randomUUID(),
      type: 'transfer',
      at: Date.parse('2026-03-01T09:30:00Z'),
      interactionId: crypto.randomUUID(),
      attributes: { source: 'agent' },
    });
    expect(wire.at).toBe('2026-03-01T09:30:00.000Z');
    expect(syncEventSchema.safeParse(wire).success).toBe(true);
    expect(Object.keys(wire).sort()).toEqual(['at', 'attributes', 'id', 'interactionId', 'type']);
  });
});
