// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findRawIdentifier, syncEventSchema } from '../../lib/sync/schema';
import { makeEvent } from './harness';

/** The shared wire format's privacy guard (lib/sync/schema.ts), case by case. */
describe('findRawIdentifier', () => {
  it.each([
    ['jane.doe@example.com', 'an email address'],
    ['write to JANE@EXAMPLE.CO.UK please', 'an email address'],
    ['+358 40 123 4567', 'a phone number'],
    ['06 12 34 56 78', 'a phone number'],
    ['(555) 123-4567', 'a phone number'],
    ['0401234567', 'a phone number'],
    ['ACC-004211', 'an account or case number'],
    ['case CS#12345', 'an account or case number'],
  ])('flags %s as %s', (text, what) => {
    expect(findRawIdentifier(text)).toBe(what);
  });

  it.each([
    'billing',
    'accountNumber',
    '123e4567-e89b-42d3-a456-426614174000',
    '2026-03-01T09:30:00.000Z',
    '2026-03-01',
    'v1.2.3',
    'queue 12',
    'ext 1234',
  ])('lets %s through', (text) => {
    expect(findRawIdentifier(text)).toBeNull();
  });
});

describe('syncEventSchema', () => {
  it('accepts an event as the extension sends it', () => {
    expect(syncEventSchema.safeParse(makeEvent({ attributes: { channel: 'phone' } })).success).toBe(
      true,
    );
  });

  it.each([
    ['an unknown field', { ...makeEvent(), customerName: 'x' }],
    ['a type in capitals', makeEvent({ type: 'Transfer' })],
    ['a type over 40 characters', makeEvent({ type: 'a'.repeat(41) })],
    ['a time without zone', makeEvent({ at: '2026-03-01T09:30:00' })],
    ['attributes over 2 KB', makeEvent({ attributes: { pad: 'x'.repeat(2100) } })],
    ['attributes nested 4 deep', makeEvent({ attributes: { a: { b: { c: { d: 1 } } } } })],
    ['an attribute name with a space', makeEvent({ attributes: { 'to queue': 'x' } })],
    ['a raw customer key', makeEvent({ customerKey: '0401234567' })],
    ['a NUL character', makeEvent({ attributes: { note: 'a\u0000b' } })],
    ['an unpaired surrogate', makeEvent({ attributes: { note: 'a\ud800b' } })],
    ['a non-finite number', makeEvent({ attributes: { n: Number.POSITIVE_INFINITY } })],
    ['a non-JSON value', makeEvent({ attributes: { when: new Date() } })],
  ])('rejects %s', (_, event) => {
    expect(syncEventSchema.safeParse(event).success).toBe(false);
  });
});
