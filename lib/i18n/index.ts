import { en, type MessageKey, type Messages } from './en';
import { fi } from './fi';
import { fr } from './fr';
import { formatChoices } from './choices';
import { LANGUAGES, type Language } from './languages';

const CATALOGS: Record<Language, Messages> = { en, fr, fi };

export type { MessageKey };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * Picks the UI language: the agent's override, else the first supported browser language.
 * @example resolveLanguage('auto', ['fi-FI', 'en']) // 'fi'
 */
export function resolveLanguage(setting: string, browserLanguages: readonly string[]): Language {
  if ((LANGUAGES as readonly string[]).includes(setting)) return setting as Language;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(base ?? '')) return base as Language;
  }
  return 'en';
}

/**
 * A translator over one catalog in `language`, falling back to another (English) for a missing
 * key; plural and ordinal choices follow the language's rules (`formatChoices`), then `{name}`
 * placeholders are filled from params.
 */
export function catalogTranslator<K extends string>(
  catalog: Record<K, string>,
  fallback: Record<K, string>,
  language: Language,
): (key: K, params?: Record<string, string | number>) => string {
  return (key, params) => {
    const own = catalog[key];
    if (!params) return own ?? fallback[key];
    // English's choices for English's text when the key is missing in this language.
    const text =
      own === undefined
        ? formatChoices(fallback[key], params, 'en')
        : formatChoices(own, params, language);
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** A translator for one language of the app catalogs. */
export function createTranslator(language: Language): Translate {
  return catalogTranslator<MessageKey>(CATALOGS[language], en, language);
}

/** Whether a string is one of the message keys (used for field-key labels). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}
