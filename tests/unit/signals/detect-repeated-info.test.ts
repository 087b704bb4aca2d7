import { describe, expect, it } from 'vitest';
import { detectRepeatedInfo, normalizeFieldValue, normalizePhone, valueKind } from '@/lib/signals';

describe('normalizePhone', () => {
  it.each([
    ['+33 6 12 34 56 78', '612345678'],
    ['0033 6 12 34 56 78', '612345678'],
    ['06.12.34.56.78', '612345678'],
    ['06-12-34-56-78', '612345678'],
    ['+358 40 123 4567', '401234567'],
    ['040 123 4567', '401234567'],
    ['+44 (0)20 7946 0000', '2079460000'],
    ['+999 123456', '+999123456'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });
});

describe('normalizeFieldValue', () => {
  it.each([
    ['Marie.Dupont@Example.com ', 'marie.dupont@example.com'],
    ['FR-1234 5678', 'fr12345678'],
    ['acc_12/34', 'acc1234'],
    ['  Hélène   Dupont ', 'helene dupont'],
    ['Changement d’adresse', "changement d'adresse"],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeFieldValue(raw)).toBe(expected);
  });

  it('classifies by shape', () => {
    expect(valueKind('a@b.fi')).toBe('email');
    expect(valueKind('+358 40 123 4567')).toBe('phone');
    expect(valueKind('CASE-00123')).toBe('id');
    expect(valueKind('Matti')).toBe('text');
  });
});

describe('detectRepeatedInfo', () => {
  const given = [
    { key: 'phone', value: '+33 6 12 34 56 78' },
    { key: 'accountNumber', value: 'FR-1234 5678' },
    { key: 'name', value: 'Hélène Dupont' },
    { key: 'note', value: 'yes' },
  ];

  it.each([
    [{ key: 'phone', value: '06 12 34 56 78' }, 'phone'],
    [{ key: 'mobile', value: '0612345678' }, 'phone'],
    [{ key: 'accountNumber', value: 'fr12345678' }, 'accountNumber'],
    [{ key: 'name', value: 'helene  DUPONT' }, 'name'],
  ])('%j repeats %s', (entered, expected) => {
    expect(detectRepeatedInfo(given, entered)).toBe(expected);
  });

  it.each([
    { key: 'phone', value: '06 12 34 56 79' },
    { key: 'comment', value: 'yes' },
    { key: 'name', value: '' },
    { key: 'email', value: 'new@example.com' },
  ])('does not flag %j', (entered) => {
    expect(detectRepeatedInfo(given, entered)).toBeNull();
  });

  it('prefers the same key when several fields match', () => {
    const both = [
      { key: 'mobile', value: '0612345678' },
      { key: 'phone', value: '+33612345678' },
    ];
    expect(detectRepeatedInfo(both, { key: 'phone', value: '06 12 34 56 78' })).toBe('phone');
  });
});
