import { useEffect, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { InteractionRow } from '@/lib/db/schema';
import { categoryLabel } from '@/lib/interactions/categories';
import { CHANNELS, type Channel } from '@/lib/signals';

interface Props {
  interaction: InteractionRow;
  categories: readonly string[];
  onChannel: (channel: Channel) => void;
  onCategory: (category: string) => void;
}

const clock = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Call timer, channel and reason of the live interaction. */
export function CallHeader({ interaction, categories, onChannel, onCategory }: Props) {
  const { t, language } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className="call-header" data-testid="call-header">
      <span className="call-timer" data-testid="call-timer">
        {t('callTimer')} {clock(now - interaction.startedAt)}
      </span>
      <label>
        <span className="visually-hidden">{t('channel')}</span>
        <select
          value={interaction.channel}
          onChange={(e) => {
            onChannel(e.target.value as Channel);
            // Back to the panel: the next letter is a command, not a search in this list.
            e.currentTarget.blur();
          }}
          data-testid="channel"
        >
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channel_${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">{t('category')}</span>
        <select
          value={interaction.category ?? ''}
          onChange={(e) => {
            onCategory(e.target.value);
            e.currentTarget.blur();
          }}
          data-testid="category"
        >
          <option value="" disabled>
            {t('categoryNone')}
          </option>
          {[
            ...new Set([...categories, ...(interaction.category ? [interaction.category] : [])]),
          ].map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c, language)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
