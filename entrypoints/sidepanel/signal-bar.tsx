import { useI18n } from '@/components/i18n';
import type { EventRow } from '@/lib/db/schema';
import { SIGNAL_META, SIGNAL_TYPES, type SignalType } from '@/lib/signals';

interface Props {
  logged: readonly EventRow[];
  holdRunning: boolean;
  onLog: (type: SignalType) => void;
  onUndo: (eventId: string) => void;
}

/** One button (and one key) per effort signal, and the signals logged so far with undo. */
export function SignalBar({ logged, holdRunning, onLog, onUndo }: Props) {
  const { t } = useI18n();
  return (
    <section className="card" aria-labelledby="signals-title" data-testid="signal-bar">
      <h2 id="signals-title" className="card__title card__title--small">
        {t('signals')}
      </h2>
      <p className="hint">{t('signalsHint')}</p>
      <div className="signal-buttons">
        {SIGNAL_TYPES.map((type) => {
          const key = SIGNAL_META[type].key;
          return (
            <button
              key={type}
              type="button"
              className={`signal-button${type === 'hold' && holdRunning ? ' signal-button--active' : ''}`}
              onClick={() => onLog(type)}
              data-testid={`signal-${type}`}
              aria-keyshortcuts={key ?? undefined}
            >
              {t(`signal_${type}`)}
              {key && <kbd>{key.toUpperCase()}</kbd>}
            </button>
          );
        })}
      </div>
      {logged.length > 0 && (
        <ul className="logged" aria-label={t('loggedSignals')} data-testid="logged-signals">
          {logged.map((e) => (
            <li key={e.id} data-signal={e.type}>
              <span>
                {t(`signal_${e.type as SignalType}`)}
                {e.attributes?.source === 'auto' && <em className="tag">{t('auto')}</em>}
                {typeof e.attributes?.field === 'string' && (
                  <em className="tag">{t(e.attributes.field as 'email')}</em>
                )}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => onUndo(e.id)}
                data-testid="undo-signal"
              >
                {t('undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
