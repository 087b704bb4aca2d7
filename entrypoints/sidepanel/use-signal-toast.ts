import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { EventRow } from '@/lib/db/schema';
import type { SignalType } from '@/lib/signals';

const SHOWN_MS = 4000;
/** A signal this fresh when the view first loads was just logged by the key that started the call. */
const JUST_NOW_MS = 3000;

/**
 * The confirmation of the last signal logged or undone, from the data itself: panel keys, clicks
 * and the global Alt+Shift shortcuts all show it alike.
 */
export function useSignalToast(signals: readonly EventRow[], holdRunning: boolean) {
  const { t } = useI18n();
  const [toast, setToast] = useState<{ text: string; id: number } | null>(null);
  const seen = useRef<Map<string, SignalType> | null>(null);
  const hold = useRef(holdRunning);

  useEffect(() => {
    const now = new Map(signals.map((s) => [s.id, s.type as SignalType]));
    const before = seen.current;
    seen.current = now;
    const name = (type: SignalType) => t(`signal_${type}`);
    const say = (text: string) => setToast({ text, id: Date.now() });
    if (!before) {
      const fresh = signals.filter(
        (s) => s.attributes?.source === 'agent' && Date.now() - s.at < JUST_NOW_MS,
      );
      if (fresh.length) say(t('signalLogged', { signal: name(fresh.at(-1)!.type as SignalType) }));
      return;
    }
    const added = signals.filter((s) => !before.has(s.id));
    const removed = [...before].filter(([id]) => !now.has(id));
    if (added.length) say(t('signalLogged', { signal: name(added.at(-1)!.type as SignalType) }));
    else if (removed.length) say(t('signalUndone', { signal: name(removed.at(-1)![1]) }));
  }, [signals, t]);

  useEffect(() => {
    if (holdRunning && !hold.current) setToast({ text: t('holdStarted'), id: Date.now() });
    hold.current = holdRunning;
  }, [holdRunning, t]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  return toast?.text ?? null;
}
