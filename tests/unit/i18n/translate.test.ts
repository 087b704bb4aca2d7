import { describe, expect, it } from 'vitest';
import { createTranslator, resolveLanguage } from '@/lib/i18n';
import { messageParams } from '@/lib/i18n/choices';
import { en } from '@/lib/i18n/en';
import { fi } from '@/lib/i18n/fi';
import { fr } from '@/lib/i18n/fr';

describe('resolveLanguage', () => {
  it('prefers the override, then the first supported browser language, then English', () => {
    expect(resolveLanguage('fr', ['fi-FI'])).toBe('fr');
    expect(resolveLanguage('auto', ['de-DE', 'fi-FI', 'en'])).toBe('fi');
    expect(resolveLanguage('auto', ['de-DE'])).toBe('en');
  });
});

describe('createTranslator', () => {
  it('fills placeholders in each language', () => {
    expect(createTranslator('fr')('notEnabled', { origin: 'https://crm.example' })).toBe(
      'Effortless n’est pas activé sur https://crm.example.',
    );
    expect(createTranslator('fi')('outboxWaiting', { count: 3 })).toBe('Odottaa synkronointia: 3');
  });

  it('has every English key translated, with the same placeholders', () => {
    for (const catalog of [fr, fi]) {
      for (const [key, text] of Object.entries(en)) {
        const translated = catalog[key as keyof typeof en];
        expect({ key, translated: Boolean(translated) }).toEqual({ key, translated: true });
        expect({ key, params: messageParams(translated) }).toEqual({
          key,
          params: messageParams(text),
        });
      }
    }
  });
});
