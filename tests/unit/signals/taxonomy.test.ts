import { describe, expect, it } from 'vitest';
import {
  SIGNAL_META,
  SIGNAL_TYPES,
  effortSignalSchema,
  parseSignalAttributes,
  signalTypeForKey,
} from '@/lib/signals';

describe('signal taxonomy', () => {
  it('keeps the stable wire names', () => {
    expect(SIGNAL_TYPES).toEqual([
      'transfer',
      'channel_switch',
      'repeated_info',
      'repeat_contact',
      'hold',
      'escalation',
      'callback_needed',
      'self_service_failure',
      'generic_service',
    ]);
  });

  it('gives every type a unique single-letter key', () => {
    const keys = SIGNAL_TYPES.map((type) => SIGNAL_META[type].key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]$/);
    expect(SIGNAL_META.transfer.key).toBe('t');
  });

  it('finds the type for a key, case-insensitively', () => {
    expect(signalTypeForKey('T')).toBe('transfer');
    expect(signalTypeForKey('b')).toBe('callback_needed');
    expect(signalTypeForKey('z')).toBeUndefined();
  });
});

describe('signal attribute schemas', () => {
  it('accepts the documented attributes', () => {
    expect(parseSignalAttributes('hold', { durationSeconds: 90 }).success).toBe(true);
    expect(parseSignalAttributes('repeated_info', { field: 'accountNumber' }).success).toBe(true);
    expect(parseSignalAttributes('escalation', undefined).success).toBe(true);
  });

  it.each([
    ['hold', { durationSeconds: -1 }],
    ['hold', { durationSeconds: 1.5 }],
    ['repeated_info', { field: 'has spaces' }],
    ['repeated_info', { value: '0612345678' }],
    ['channel_switch', { from: 'fax' }],
    ['transfer', { anything: 1 }],
  ] as const)('rejects %s %j', (type, attributes) => {
    expect(parseSignalAttributes(type, attributes).success).toBe(false);
  });

  it('validates a whole signal by its type', () => {
    expect(
      effortSignalSchema.safeParse({ type: 'hold', attributes: { durationSeconds: 30 } }).success,
    ).toBe(true);
    expect(effortSignalSchema.safeParse({ type: 'nap' }).success).toBe(false);
    expect(effortSignalSchema.safeParse({ type: 'hold', attributes: { field: 'x' } }).success).toBe(
      false,
    );
  });
});
