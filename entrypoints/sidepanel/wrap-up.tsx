import { useI18n } from '@/components/i18n';
import type { EventRow } from '@/lib/db/schema';
import { SURVEYS, type Survey } from '@/lib/interactions/events';
import { OUTCOMES, type Outcome } from '@/lib/signals';

/** Outcome keys in wrap-up mode (signals are not logged from the keyboard there). */
export const OUTCOME_KEYS: Record<Outcome, string> = {
  resolved: 'r',
  unresolved: 'u',
  transferred: 't',
  escalated: 'e',
  callback: 'b',
};
export const SURVEY_KEYS: Record<Survey, string> = { ces: 'c', csat: 's', nps: 'n' };
const SCALE: Record<Survey, number[]> = {
  ces: [1, 2, 3, 4, 5, 6, 7],
  csat: [1, 2, 3, 4, 5],
  nps: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
};

interface Props {
  outcome: string | null;
  survey: Survey;
  answers: readonly EventRow[];
  message: string | null;
  /** Checklist items still open: one gentle reminder, never a block. */
  reminder: readonly string[];
  onOutcome: (outcome: Outcome) => void;
  onSurvey: (survey: Survey) => void;
  onAnswer: (survey: Survey, value: number) => void;
  onFinish: () => void;
  onBack: () => void;
}

/** Wrap-up: the outcome, the customer's survey answer, and finish — all by key or click. */
export function WrapUp({
  outcome,
  survey,
  answers,
  message,
  reminder,
  onOutcome,
  onSurvey,
  onAnswer,
  onFinish,
  onBack,
}: Props) {
  const { t } = useI18n();
  const answered = (s: Survey) =>
    answers.filter((a) => a.attributes?.survey === s).at(-1)?.attributes?.value;
  return (
    <section className="card wrap-up" aria-labelledby="wrapup-title" data-testid="wrap-up">
      <h2 id="wrapup-title" className="card__title card__title--small">
        {t('wrapUp')}
      </h2>
      <div role="group" aria-label={t('outcome')} className="choice-row">
        {OUTCOMES.map((o) => (
          <button
            key={o}
            type="button"
            className={`choice${outcome === o ? ' choice--on' : ''}`}
            aria-pressed={outcome === o}
            onClick={() => onOutcome(o)}
            data-testid={`outcome-${o}`}
          >
            {t(`outcome_${o}`)} <kbd>{OUTCOME_KEYS[o].toUpperCase()}</kbd>
          </button>
        ))}
      </div>
      {reminder.length > 0 && (
        <div className="reminder" role="note" data-testid="wrap-up-reminder">
          {t('reminder')}
          <ul>
            {reminder.slice(0, 5).map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="hint">{t('surveyKeys')}</p>
      {SURVEYS.map((s) => (
        <div
          key={s}
          className={`survey${survey === s ? ' survey--on' : ''}`}
          data-testid={`survey-${s}`}
        >
          <button
            type="button"
            className="survey__name"
            onClick={() => onSurvey(s)}
            aria-pressed={survey === s}
          >
            {t(`survey_${s}`)} <kbd>{SURVEY_KEYS[s].toUpperCase()}</kbd>
          </button>
          <div className="survey__scale">
            {SCALE[s].map((v) => (
              <button
                key={v}
                type="button"
                className={`dot${answered(s) === v ? ' dot--on' : ''}`}
                aria-pressed={answered(s) === v}
                onClick={() => onAnswer(s, v)}
                data-testid={`answer-${s}-${v}`}
              >
                {v}
              </button>
            ))}
          </div>
        </div>
      ))}
      {message && (
        <p className="notice__error" role="alert">
          {message}
        </p>
      )}
      <div className="choice-row">
        <button
          type="button"
          className="button button--primary"
          onClick={onFinish}
          data-testid="finish"
        >
          {t('finish')} <kbd>↵</kbd>
        </button>
        <button type="button" className="button" onClick={onBack}>
          {t('backToCall')} <kbd>Esc</kbd>
        </button>
      </div>
    </section>
  );
}
