import { useI18n } from '@/components/i18n';
import type { InteractionRow } from '@/lib/db/schema';
import { categoryLabel } from '@/lib/interactions/categories';
import { isMessageKey } from '@/lib/i18n';

interface Props {
  rows: readonly { call: InteractionRow; name?: string }[];
  /** The call the panel shows now. */
  current?: string;
  /** Whether an open call can be brought to this tab (it has none of its own). */
  canResume: boolean;
  onResume: (callId: string) => void;
}

/** The agent's calls of the day, newest first; an open one can be resumed on this tab. */
export function TodayList({ rows, current, canResume, onResume }: Props) {
  const { t, language } = useI18n();
  const time = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' });
  return (
    <section className="card" aria-labelledby="today-title" data-testid="today-list">
      <h2 id="today-title" className="card__title card__title--small">
        {t('today')}
      </h2>
      {rows.length === 0 ? (
        <p className="hint">{t('noneToday')}</p>
      ) : (
        <ul className="today">
          {rows.map(({ call, name }) => {
            const outcome = `outcome_${call.outcome}`;
            return (
              <li key={call.id} data-testid="today-row" data-open={!call.endedAt}>
                <span>{time.format(call.startedAt)}</span>
                <span className="today__name">{name ?? t('customer')}</span>
                <span>{call.category ? categoryLabel(call.category, language) : '—'}</span>
                {call.endedAt ? (
                  <span>{isMessageKey(outcome) ? t(outcome) : call.outcome}</span>
                ) : call.id === current ? (
                  <span className="live">●</span>
                ) : (
                  <button
                    type="button"
                    className="link-button"
                    disabled={!canResume}
                    title={canResume ? undefined : t('resumeBusy')}
                    onClick={() => onResume(call.id)}
                    data-testid="resume-call"
                  >
                    {t('resume')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
