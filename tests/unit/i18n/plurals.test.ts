import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/lib/i18n';
import { createChecklistsTranslator } from '@/lib/i18n/checklists-translate';
import { formatChoices, messageParams } from '@/lib/i18n/choices';
import type { Language } from '@/lib/i18n/languages';

const NUMBERS = [1, 2, 3, 11, 21, 22] as const;

/** What each language says for 1, 2, 3, 11, 21 and 22 (CLDR rules through Intl.PluralRules). */
const EXPECTED: Record<Language, { banner: string[]; list: string[]; chars: string[] }> = {
  en: {
    banner: [
      '1st contact in 1 day',
      '2nd contact in 2 days',
      '3rd contact in 3 days',
      '11th contact in 11 days',
      '21st contact in 21 days',
      '22nd contact in 22 days',
    ],
    list: NUMBERS.map((n) => (n === 1 ? '1 checklist' : `${n} checklists`)),
    chars: NUMBERS.map((n) => `${n} ${n === 1 ? 'character' : 'characters'} read from the tab`),
  },
  fr: {
    banner: [
      '1er contact en 1 jour',
      '2e contact en 2 jours',
      '3e contact en 3 jours',
      '11e contact en 11 jours',
      '21e contact en 21 jours',
      '22e contact en 22 jours',
    ],
    list: NUMBERS.map((n) => (n === 1 ? '1 checklist' : `${n} checklists`)),
    chars: NUMBERS.map((n) => `${n} ${n === 1 ? 'caractère lu' : 'caractères lus'} dans l’onglet`),
  },
  fi: {
    // Finnish: an ordinal is the number and a dot; after a numeral the noun takes one form.
    banner: NUMBERS.map((n) => `${n}. yhteydenotto ${n} päivän sisällä`),
    list: NUMBERS.map((n) => (n === 1 ? '1 tarkistuslista' : `${n} tarkistuslistaa`)),
    chars: NUMBERS.map((n) => `${n} ${n === 1 ? 'merkki' : 'merkkiä'} luettu välilehdeltä`),
  },
};

describe.each(['en', 'fr', 'fi'] as const)('plurals and ordinals in %s', (language) => {
  const t = createTranslator(language);
  const tc = createChecklistsTranslator(language);

  it.each(NUMBERS.map((n, i) => [n, i] as const))('%i', (n, i) => {
    expect(t('repeatBanner', { n, days: n })).toBe(EXPECTED[language].banner[i]);
    expect(tc('listCount', { count: n })).toBe(EXPECTED[language].list[i]);
    expect(tc('ctxPageTextLive', { count: n })).toBe(EXPECTED[language].chars[i]);
  });
});

describe('formatChoices', () => {
  it('prefers an exact =N branch, falls back to other, and leaves other placeholders', () => {
    const text = '{n, plural, =0 {none} one {# item} other {# items}} in {place}';
    expect(formatChoices(text, { n: 0 }, 'en')).toBe('none in {place}');
    expect(formatChoices(text, { n: 1 }, 'en')).toBe('1 item in {place}');
    expect(formatChoices('{n, plural, other {# x}}', { n: 1 }, 'en')).toBe('1 x');
  });

  it('says French 0 in the singular and Finnish 0 in the plural', () => {
    const text = '{n, plural, one {one} other {other}}';
    expect(formatChoices(text, { n: 0 }, 'fr')).toBe('one');
    expect(formatChoices(text, { n: 0 }, 'fi')).toBe('other');
  });

  it('refuses an unclosed choice', () => {
    expect(() => formatChoices('{n, plural, one {#', { n: 1 }, 'en')).toThrow(/Unclosed/);
  });
});

describe('messageParams', () => {
  it('names plain and choice parameters once', () => {
    expect(
      messageParams('{n, selectordinal, other {#th}} in {days, plural, other {# days}} {n}'),
    ).toEqual(['days', 'n']);
  });
});
