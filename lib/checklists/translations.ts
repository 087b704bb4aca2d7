import { formatJsonPath } from './json-path';
import { LANGUAGES, type LocalizedText } from './languages';
import type { Checklist } from './schema';

/**
 * Paths of the texts that lack a language, e.g. `$.items[2].wording.fi`, so the editor can flag
 * them. An optional text that is absent altogether (no `why`), or a text not written in any
 * language yet, is not "missing a translation".
 *
 * @example missingTranslations(checklist) // ['$.title.fi', '$.items[0].why.fi']
 */
export function missingTranslations(checklist: Checklist): string[] {
  const texts: [PropertyKey[], LocalizedText | undefined][] = [
    [['title'], checklist.title],
    [['description'], checklist.description],
    ...checklist.items.flatMap((item, i): [PropertyKey[], LocalizedText | undefined][] => [
      [['items', i, 'text'], item.text],
      [['items', i, 'why'], item.why],
      [['items', i, 'wording'], item.wording],
    ]),
  ];
  return texts.flatMap(([path, text]) =>
    // A text with no language at all is missing, not untranslated: the schema reports it.
    text === undefined || LANGUAGES.every((lang) => !text[lang])
      ? []
      : LANGUAGES.filter((lang) => !text[lang]).map((lang) => formatJsonPath([...path, lang])),
  );
}
