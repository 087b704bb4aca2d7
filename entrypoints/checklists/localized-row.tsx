import { LANGUAGES, type Language, type LocalizedText } from '@/lib/checklists';
import { LANGUAGE_NAMES, useT } from './use-t';

interface Props {
  label: string;
  text: LocalizedText;
  /** JSON path of the text in the checklist (`$.items[0].why`), to find its missing languages. */
  path: string;
  missing: ReadonlySet<string>;
  testId: string;
  multiline?: boolean;
  onChange: (text: LocalizedText) => void;
}

/** One text in the three content languages, side by side; a missing translation is flagged. */
export function LocalizedRow({ label, text, path, missing, testId, multiline, onChange }: Props) {
  const t = useT();
  const set = (lang: Language, value: string) => onChange({ ...text, [lang]: value });
  return (
    <div className="ce-lang-row" role="group" aria-label={label}>
      <span className="ce-lang-row__label">{label}</span>
      {LANGUAGES.map((lang) => {
        const isMissing = missing.has(`${path}.${lang}`);
        const props = {
          'aria-label': `${label} — ${LANGUAGE_NAMES[lang]}`,
          'aria-invalid': isMissing || undefined,
          'data-testid': `${testId}-${lang}`,
          className: isMissing ? 'is-missing' : undefined,
          lang,
          placeholder: isMissing ? t('missingPlaceholder') : undefined,
          value: text[lang] ?? '',
        };
        return (
          <span key={lang} className="ce-lang-row__cell">
            {multiline ? (
              <textarea {...props} rows={1} onChange={(e) => set(lang, e.target.value)} />
            ) : (
              <input {...props} onChange={(e) => set(lang, e.target.value)} />
            )}
          </span>
        );
      })}
    </div>
  );
}

/** The header of a block of localized rows: the three language names. */
export function LanguageHeader() {
  return (
    <div className="ce-lang-row ce-lang-row--head" aria-hidden="true">
      <span />
      {LANGUAGES.map((lang) => (
        <span key={lang} className="ce-lang-row__lang">
          {LANGUAGE_NAMES[lang]} <span className="ce-lang-row__code">{lang.toUpperCase()}</span>
        </span>
      ))}
    </div>
  );
}
