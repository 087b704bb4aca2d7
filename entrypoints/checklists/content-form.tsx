import { useMemo } from 'react';
import { CHECKLIST_STATUSES, LANGUAGES } from '@/lib/checklists';
import type { Draft } from '@/lib/checklists/draft';
import { ItemsEditor } from './items-editor';
import { LanguageHeader, LocalizedRow } from './localized-row';
import { LANGUAGE_NAMES, useT } from './use-t';

interface Props {
  draft: Draft;
  /** Paths from `missingTranslations` (`$.title.fi`, `$.items[0].why.fr`…). */
  missing: readonly string[];
  onChange: (draft: Draft) => void;
}

/** Where a missing path points, in words: `$.items[1].why.fi` → "Item 2 · Why". */
function useDescribePath() {
  const t = useT();
  return (path: string) => {
    const item = /^\$\.items\[(\d+)\]\.(\w+)/.exec(path);
    if (item) {
      const field = { text: t('itemText'), why: t('itemWhy'), wording: t('itemWording') }[
        item[2] as 'text' | 'why' | 'wording'
      ];
      return `${t('item', { n: Number(item[1]) + 1 })} · ${field}`;
    }
    return path.startsWith('$.title') ? t('title') : t('description');
  };
}

/** Id, status, priority, title and description per language, missing translations, items. */
export function ContentForm({ draft, missing, onChange }: Props) {
  const t = useT();
  const describe = useDescribePath();
  const missingSet = useMemo(() => new Set(missing), [missing]);
  const byLanguage = LANGUAGES.map((lang) => ({
    lang,
    where: missing.filter((p) => p.endsWith(`.${lang}`)).map(describe),
  })).filter((entry) => entry.where.length > 0);

  return (
    <div className="ce-content">
      <div className="ce-props">
        <label className="ce-field">
          <span className="ce-field__label">{t('id')}</span>
          <input
            data-testid="checklist-id"
            value={draft.id}
            readOnly={!draft.isNew}
            placeholder="address-change"
            spellCheck={false}
            aria-describedby={draft.isNew ? 'ce-id-hint' : undefined}
            onChange={(e) => onChange({ ...draft, id: e.target.value })}
          />
          {draft.isNew && (
            <span id="ce-id-hint" className="ce-hint">
              {t('idHint')}
            </span>
          )}
        </label>
        <fieldset className="ce-segmented">
          <legend className="ce-field__label">{t('status')}</legend>
          {CHECKLIST_STATUSES.map((status) => (
            <label key={status} className="ce-segmented__option">
              <input
                type="radio"
                name="checklist-status"
                value={status}
                data-testid={`status-${status}`}
                checked={draft.status === status}
                onChange={() => onChange({ ...draft, status })}
              />
              <span>{status === 'draft' ? t('statusDraft') : t('statusPublished')}</span>
            </label>
          ))}
        </fieldset>
        <label className="ce-field ce-field--narrow">
          <span className="ce-field__label">{t('priority')}</span>
          <input
            type="number"
            min={-1000}
            max={1000}
            data-testid="priority"
            value={draft.priority ?? ''}
            title={t('priorityHint')}
            onChange={(e) =>
              onChange({
                ...draft,
                priority: e.target.value === '' ? undefined : Math.trunc(Number(e.target.value)),
              })
            }
          />
        </label>
      </div>

      {byLanguage.length > 0 && (
        <div className="ce-warning" role="status" data-testid="missing-translations">
          <strong>{t('missingTitle', { count: missing.length })}</strong>
          <ul>
            {byLanguage.map(({ lang, where }) => (
              <li key={lang} data-testid={`missing-${lang}`}>
                {t('missingIn', {
                  language: `${LANGUAGE_NAMES[lang]} (${lang.toUpperCase()})`,
                  where: where.join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="ce-texts">
        <LanguageHeader />
        <LocalizedRow
          label={t('title')}
          text={draft.title}
          path="$.title"
          missing={missingSet}
          testId="title"
          onChange={(title) => onChange({ ...draft, title })}
        />
        <LocalizedRow
          label={t('description')}
          text={draft.description}
          path="$.description"
          missing={missingSet}
          testId="description"
          multiline
          onChange={(description) => onChange({ ...draft, description })}
        />
      </div>

      <ItemsEditor
        items={draft.items}
        missing={missingSet}
        onChange={(items) => onChange({ ...draft, items })}
      />
    </div>
  );
}
