import { useI18n } from '@/components/i18n';
import { localize, type Checklist } from '@/lib/checklists';
import type { ChecklistUsage } from '@/lib/checklists/usage';
import { useT } from './use-t';

/** Shown / done / skipped for the checklist and each of its items (local events only). */
export function UsagePanel({
  checklist,
  usage,
}: {
  checklist: Checklist;
  usage: ChecklistUsage | undefined;
}) {
  const t = useT();
  const { language } = useI18n();
  const reasons = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${reason || '—'} (${n})`)
      .join(', ');

  return (
    <section className="ce-usage" aria-labelledby="ce-usage-title" data-testid="usage">
      <h3 id="ce-usage-title">{t('usageTitle')}</h3>
      <p className="ce-hint">{t('usageHint')}</p>
      <dl className="ce-usage__totals">
        {(
          [
            ['shown', t('shown'), usage?.shown ?? 0],
            ['done', t('done'), usage?.done ?? 0],
            ['skipped', t('skipped'), usage?.skipped ?? 0],
          ] as const
        ).map(([key, label, value]) => (
          <div key={key} className="ce-stat">
            <dt>{label}</dt>
            <dd data-testid={`usage-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      {!usage && <p className="ce-hint">{t('noUsage')}</p>}
      <table className="ce-usage__items">
        <thead>
          <tr>
            <th scope="col">{t('items')}</th>
            <th scope="col">{t('done')}</th>
            <th scope="col">{t('skipped')}</th>
            <th scope="col">{t('skipReasons')}</th>
          </tr>
        </thead>
        <tbody>
          {checklist.items.map((item) => {
            const counts = usage?.items[item.id];
            return (
              <tr key={item.id} data-testid={`usage-item-${item.id}`}>
                <th scope="row">{localize(item.text, language)}</th>
                <td>{counts?.done ?? 0}</td>
                <td>{counts?.skipped ?? 0}</td>
                <td>{counts ? reasons(counts.skipReasons) : ''}</td>
              </tr>
            );
          })}
          {Object.entries(usage?.items ?? {})
            .filter(([id]) => !checklist.items.some((item) => item.id === id))
            .map(([id, counts]) => (
              <tr key={id} className="ce-usage__old" data-testid={`usage-item-${id}`}>
                <th scope="row">{t('usageOldItem', { id })}</th>
                <td>{counts.done}</td>
                <td>{counts.skipped}</td>
                <td>{reasons(counts.skipReasons)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </section>
  );
}
