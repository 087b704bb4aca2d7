import { useI18n } from '@/components/i18n';
import { localize, type Checklist } from '@/lib/checklists';
import { triggerWords, wordsFor } from '@/lib/checklists/words';
import type { ItemState } from '@/lib/checklists/nudges';

interface Props {
  checklists: readonly Checklist[];
  states: ReadonlyMap<string, ItemState>;
  /** `checklistId/itemId` of the item the keyboard cursor is on. */
  cursor: string | null;
  onDone: (checklist: Checklist, itemId: string) => void;
  onSkip: (checklist: Checklist, itemId: string) => void;
}

/** The checklists nudged in this call: each item done by key or click, or skipped with a reason. */
export function ChecklistNudges({ checklists, states, cursor, onDone, onSkip }: Props) {
  const { t, language } = useI18n();
  if (!checklists.length) return null;
  return (
    <section className="card nudges" aria-labelledby="nudges-title" data-testid="nudges">
      <h2 id="nudges-title" className="card__title card__title--small">
        {t('checklistsArea')}
      </h2>
      <p className="hint">{t('nudgeKeys')}</p>
      {checklists.map((checklist) => (
        <div key={checklist.id} className="nudge" data-testid={`nudge-${checklist.id}`}>
          <h3 className="nudge__title">{localize(checklist.title, language)}</h3>
          <p className="nudge__why" data-testid={`why-${checklist.id}`}>
            {t('whyShown', { trigger: triggerWords(checklist.triggers, wordsFor(language)) })}
          </p>
          <ul className="nudge__items">
            {checklist.items.map((item) => {
              const key = `${checklist.id}/${item.id}`;
              const state = states.get(key) ?? 'open';
              const wording = item.wording && localize(item.wording, language);
              return (
                <li
                  key={item.id}
                  className={`nudge-item nudge-item--${state}${cursor === key ? ' nudge-item--cursor' : ''}`}
                  data-testid={`item-${checklist.id}-${item.id}`}
                  data-state={state}
                >
                  <button
                    type="button"
                    className="nudge-item__check"
                    aria-pressed={state === 'done'}
                    onClick={() => onDone(checklist, item.id)}
                    aria-label={t('markDone')}
                  >
                    {state === 'done' ? '✓' : state === 'skipped' ? '–' : ''}
                  </button>
                  <span className="nudge-item__text">
                    <span className={`kind kind--${item.kind}`}>{t(`kind_${item.kind}`)}</span>{' '}
                    {localize(item.text, language)}
                    {wording && <em className="nudge-item__wording">“{wording}”</em>}
                  </span>
                  {state === 'open' && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSkip(checklist, item.id)}
                    >
                      {t('skip')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
