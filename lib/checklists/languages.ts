import type { Language } from '@/lib/i18n/languages';

// Checklist texts are maps over the UI languages (`{ en?, fr?, fi? }`).
export { LANGUAGES, type Language } from '@/lib/i18n/languages';

/** A text per language; at least one language is present once validated. */
export type LocalizedText = Partial<Record<Language, string>>;

/** Fallback order when the wanted language is missing: English first, the pack's lingua franca. */
export const FALLBACK_ORDER: readonly Language[] = ['en', 'fr', 'fi'];

/**
 * The text in `lang`, else the first present of en → fr → fi; undefined only when the map is
 * missing or empty (so optional texts such as `why` stay optional).
 *
 * @example localize({ fr: 'Bonjour' }, 'fi') // 'Bonjour'
 */
export function localize(text: LocalizedText, lang: Language): string;
export function localize(text: LocalizedText | undefined, lang: Language): string | undefined;
export function localize(text: LocalizedText | undefined, lang: Language): string | undefined {
  if (text === undefined) return undefined;
  for (const candidate of [lang, ...FALLBACK_ORDER]) {
    const value = text[candidate];
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}
