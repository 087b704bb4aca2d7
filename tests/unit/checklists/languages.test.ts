import { describe, expect, it } from 'vitest';
import { localize, missingTranslations } from '@/lib/checklists';
import { makeChecklist } from './fixtures';

describe('localize', () => {
  it.each([
    [{ en: 'Hi', fr: 'Salut', fi: 'Moi' }, 'fi', 'Moi'],
    [{ en: 'Hi', fr: 'Salut' }, 'fi', 'Hi'],
    [{ fr: 'Salut', fi: 'Moi' }, 'en', 'Salut'],
    [{ fi: 'Moi' }, 'fr', 'Moi'],
  ] as const)('%j in %s → %s', (text, lang, expected) => {
    expect(localize(text, lang)).toBe(expected);
  });

  it('returns undefined for an absent optional text', () => {
    expect(localize(undefined, 'en')).toBeUndefined();
  });
});

describe('missingTranslations', () => {
  it('lists the path of every missing language, ignoring absent optional texts', () => {
    const checklist = makeChecklist({
      title: { en: 'Title', fr: 'Titre', fi: 'Otsikko' },
      items: [
        { id: 'a', kind: 'ask', text: { en: 'A', fr: 'A', fi: 'A' }, why: { en: 'Why' } },
        { id: 'b', kind: 'say', text: { fi: 'B' } },
      ],
    });
    expect(missingTranslations(checklist)).toEqual([
      '$.items[0].why.fr',
      '$.items[0].why.fi',
      '$.items[1].text.en',
      '$.items[1].text.fr',
    ]);
  });
});
