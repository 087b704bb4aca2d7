import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import { RepeatBanner } from './repeat-banner';
import { SignalBar } from './signal-bar';
import { useI18n } from '@/components/i18n';
import { db } from '@/lib/db/db';
import type { InteractionRow } from '@/lib/db/schema';
import { historyOfCustomer, type TabView } from '@/lib/interactions';
import { detectRepeatContact, type Channel, type Outcome, type SignalType } from '@/lib/signals';
import { useSettings } from '@/lib/settings/use-settings';
import { useSidepanelStore } from './store';
import { callActions } from './call-actions';
import { useCallKeys } from './use-call-keys';
import { useReport } from './use-report';

/**
 * A customer on screen and no call yet (issue 11: a record viewed is not a call). Acting on it
 * starts the call: a signal key logs its signal in the new call, N starts it, W wraps it up.
 * After DWELL_MS on screen it becomes a call by itself, unless this customer was just wrapped up.
 */
/** "2nd contact in 7 days", told the moment the record opens: read from the calls, not logged. */
function useRepeatSoFar(view: TabView) {
  const { repeatWindowDays } = useSettings();
  return useLiveQuery(async () => {
    const history = await historyOfCustomer(db, [view.customerKey], Date.now());
    const past = history.map((r) => ({
      startedAt: r.startedAt,
      channel: r.channel as Channel,
      ...(r.category && { category: r.category }),
      ...(r.outcome && { outcome: r.outcome as never }),
    }));
    const repeat = detectRepeatContact(past, Date.now(), repeatWindowDays);
    return { count: repeat.count, windowDays: repeatWindowDays, last: repeat.last };
  }, [view.customerKey, repeatWindowDays]);
}

export function PendingView({
  view,
  startsAt,
  children,
}: {
  view: TabView;
  startsAt: number | null;
  /** The on-screen customer's card, under the repeat banner. */
  children: ReactNode;
}) {
  const { t } = useI18n();
  const tabId = view.tabId;
  const repeat = useRepeatSoFar(view);
  const report = useReport();
  const { setMode, showHelp } = useSidepanelStore.getState();
  const [now, setNow] = useState(() => Date.now());
  const act = (then: (call: InteractionRow) => unknown) =>
    void callActions.ensureCall(tabId).then(then).catch(report);

  useEffect(() => {
    if (startsAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [startsAt]);
  const due = startsAt !== null && now >= startsAt;
  useEffect(() => {
    // The record has stayed on screen: it is a call (the background keeps the rule's clock too).
    if (due) act(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per view that becomes due
  }, [due, tabId]);

  const log = (type: SignalType) => act((call) => callActions.log(call, type));
  // Keys typed before the call exists (W, R, Enter in quick succession) keep their meaning: the
  // wrap-up's choices are UI state; what needs the call waits for it (the background serialises).
  const mode = useSidepanelStore((s) => (s.mode === 'wrapup' ? 'wrapup' : 'pending'));
  const { setOutcome, setSurvey, setCallMessage, resetCall } = useSidepanelStore.getState();
  useCallKeys({
    mode,
    survey: useSidepanelStore((s) => s.survey),
    onSignal: log,
    onStart: () => act(() => undefined),
    onWrapUp: () => {
      setMode('wrapup');
      act(() => undefined);
    },
    onUndo: () => undefined,
    onOutcome: setOutcome,
    onSurvey: setSurvey,
    onAnswer: (survey, value) => act((call) => callActions.answer(call, survey, value)),
    onFinish: () => {
      const { outcome } = useSidepanelStore.getState();
      if (!outcome) return setCallMessage(t('pickOutcome'));
      act((call) => callActions.finish(call, outcome as Outcome, tabId).then(resetCall));
    },
    onBack: () => setMode('call'),
    onNudgeKey: () => false,
    onHelp: showHelp,
  });

  const seconds = startsAt === null ? null : Math.max(0, Math.ceil((startsAt - now) / 1000));
  return (
    <>
      {repeat && <RepeatBanner repeat={repeat} />}
      {children}
      <div className="pending" role="status" data-testid="pending-call">
        <p>
          <strong>{t('notACallYet')}</strong>{' '}
          {seconds === null ? t('pendingAfterWrapUp') : t('pendingStartsIn', { seconds })}
        </p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => act(() => undefined)}
          data-testid="start-interaction"
        >
          {t('startCall')} <kbd>N</kbd>
        </button>
      </div>
      <SignalBar logged={[]} holdRunning={false} onLog={log} onUndo={() => undefined} />
    </>
  );
}
