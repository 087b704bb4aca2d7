import { describe, expect, it } from 'vitest';
import { isEmptyValue, normalizeValue } from '@/lib/capture';

describe('normalizeValue', () => {
  it.each([
    ['+33 6 12 34 56 78'],
    ['06 12 34 56 78'],
    ['+358 40 123 4567'],
    ['040 1234567'],
    ['(415) 555-0134'],
  ])('accepts phone %s', (v) => expect(normalizeValue('phone', v)).toBe(v));

  it.each([['12'], ['2025-03-12'], ['14.3.2025'], ['call me'], ['+1 234 567 890 123 456 78']])(
    'rejects phone %s',
    (v) => expect(normalizeValue('phone', v)).toBeNull(),
  );

  it('accepts emails with accented local parts and rejects non-emails', () => {
    expect(normalizeValue('email', 'hélène.dubois@exemple.fr')).toBe('hélène.dubois@exemple.fr');
    expect(normalizeValue('email', 'mailto:a@b.co')).toBe('a@b.co');
    expect(normalizeValue('email', 'pas-un-email')).toBeNull();
    expect(normalizeValue('email', 'a@b')).toBeNull();
  });

  it('accepts ids with letters, digits and separators; strips # and N°', () => {
    expect(normalizeValue('accountNumber', 'ACC-004211')).toBe('ACC-004211');
    expect(normalizeValue('accountNumber', '7730021945')).toBe('7730021945');
    expect(normalizeValue('caseId', '#4521')).toBe('4521');
    expect(normalizeValue('caseId', 'N° 44-9910')).toBe('44-9910');
    expect(normalizeValue('caseId', 'INC0012345')).toBe('INC0012345');
  });

  it('rejects IBANs, dates, amounts and words as account numbers', () => {
    expect(normalizeValue('accountNumber', 'FI4950009420028730')).toBeNull();
    expect(normalizeValue('accountNumber', 'FI21 1234 5600 0007 85')).toBeNull();
    expect(normalizeValue('accountNumber', '2025-03-12')).toBeNull();
    expect(normalizeValue('accountNumber', '128.40')).toBeNull();
    expect(normalizeValue('accountNumber', 'Premium')).toBeNull();
  });

  // Issue 14: ids shown in blocks of 3–4 digits are kept as shown; phones, dates and amounts
  // written with spaces are not ids.
  it.each(['4410 2291 0735', 'AD 120 455 789', 'SOP 2210 4471', 'DOS 2024 0815'])(
    'accepts the spaced id %j as shown',
    (v) => expect(normalizeValue('accountNumber', v)).toBe(v),
  );

  it.each(['12 03 1985', '1 250', '120 455', '06 12 34 56 78', '040 123 4567', '1 250,00 €'])(
    'rejects %j as an id',
    (v) => expect(normalizeValue('accountNumber', v)).toBeNull(),
  );

  it('accepts names with diacritics, hyphens and apostrophes only', () => {
    for (const n of ['Jääskeläinen', 'Hélène Dubois-Lefèvre', "Sean O'Brien", 'Dubois, Hélène'])
      expect(normalizeValue('customerName', n)).toBe(n);
    expect(normalizeValue('customerName', 'Grace Thompson - Saved')).toBeNull();
    expect(normalizeValue('customerName', 'R2-D2')).toBeNull();
  });

  it.each([
    ['---'],
    ['—'],
    ['-'],
    ['N/A'],
    ['n/a'],
    ['Non renseigné'],
    ['Ei tiedossa'],
    ['None'],
    [''],
  ])('treats %j as empty', (v) => {
    expect(isEmptyValue(v)).toBe(true);
    expect(normalizeValue('customerName', v)).toBeNull();
  });
});
