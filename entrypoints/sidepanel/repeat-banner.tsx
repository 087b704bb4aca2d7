import { useI18n } from '@/components/i18n';
import type { InteractionRow } from '@/lib/db/schema';
import { isMessageKey } from '@/lib/i18n';

/** "2nd contact in 7 days — last time: Billing, transferred", shown the moment the call starts. */
export function RepeatBanner({ repeat }: { repeat: NonNullable<InteractionRow['repeat']> }) {
  const { t } = useI18n();
  if (repeat.count < 2) return null;
  const last = repeat.last;
  const outcomeKey = `outcome_${last?.outcome}`;
  const details = [
    last?.category,
    last?.outcome && isMessageKey(outcomeKey) ? t(outcomeKey).toLowerCase() : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="banner banner--repeat" role="status" data-testid="repeat-banner">
      <strong>{t('repeatBanner', { n: repeat.count, days: repeat.windowDays })}</strong>
      {details && <span> — {t('repeatLast', { details })}</span>}
    </div>
  );
}
