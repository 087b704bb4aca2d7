import { useI18n } from '../i18n';
import type { InteractionRow } from '@/lib/db/schema';

/** The agent's interactions of the day, newest first. */
export function TodayList({ rows }: { rows: readonly InteractionRow[] }) {
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
          {rows.map((r) => (
            <li key={r.id}>
              <span>{time.format(r.startedAt)}</span>
              <span>{t(`channel_${r.channel as 'phone'}`)}</span>
              <span>{r.category ?? '—'}</span>
              <span className={r.endedAt ? '' : 'live'}>
                {r.outcome ? t(`outcome_${r.outcome as 'resolved'}`) : '●'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
