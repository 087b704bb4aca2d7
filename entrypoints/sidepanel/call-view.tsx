import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CallHeader } from './call-header';
import { ChecklistNudges } from './checklist-nudges';
import { RepeatBanner } from './repeat-banner';
import { SignalBar } from './signal-bar';
import { WrapUp } from './wrap-up';
import { useI18n } from '@/components/i18n';
import { localize, type Checklist } from '@/lib/checklists';
import { openItems, SKIP_REASONS, type SkipReason } from '@/lib/checklists/nudges';
import { db } from '@/lib/db/db';
import type { InteractionRow } from '@/lib/db/schema';
import { recordItemDone, recordItemSkipped } from '@/lib/interactions';
import { useSettings } from '@/lib/settings/use-settings';
import type { Outcome } from '@/lib/signals';
import { useSidepanelStore } from './store';
import type { TabContext } from '@/lib/tabs/tab-context';
import { callActions } from './call-actions';
import { useCall } from './use-call';
import { useCallKeys } from './use-call-keys';
import { useNudges } from './use-nudges';
import { useReport } from './use-report';
import { useSignalToast } from './use-signal-toast';

/**
 * The open call: repeat banner, reason, checklists, signal bar and wrap-up. Every key acts on
 * `call`, the customer whose card is shown above it.
 */
export function CallView({
  tabId,
  call,
  context,
  children,
}: {
  tabId: number;
  call: InteractionRow;
  /** The customer's card, under the repeat banner. */
  children: ReactNode;
  /** The page on screen, when it shows this call's customer (checklist triggers read it). */
  context: TabContext | null;
}) {
  const { t, language } = useI18n();
  const settings = useSettings();
  const report = useReport();
  const { events, signals, answers, holdRunning } = useCall(call);
  const nudges = useNudges(call, context, events, signals);
  const toast = useSignalToast(signals, holdRunning);
  const nudgeCursor = useSidepanelStore((s) => s.nudgeCursor);
  const open = openItems(nudges.checklists, nudges.states);
  const cursor = open.some((o) => `${o.checklist.id}/${o.item.id}` === nudgeCursor)
    ? nudgeCursor
    : open[0]
      ? `${open[0].checklist.id}/${open[0].item.id}`
      : null;
  const { mode, outcome, survey, callMessage } = useSidepanelStore(
    useShallow((s) => ({
      mode: s.mode,
      outcome: s.outcome,
      survey: s.survey,
      callMessage: s.callMessage,
    })),
  );
  const { setMode, setOutcome, setSurvey, setCallMessage, resetCall, setNudgeCursor, showHelp } =
    useSidepanelStore.getState();

  const finish = () => {
    if (!outcome) return setCallMessage(t('pickOutcome'));
    void callActions.finish(call, outcome as Outcome, tabId).then(resetCall, report);
  };
  const itemDone = (checklist: Checklist, itemId: string) =>
    void recordItemDone(db, call, checklist.id, itemId).catch(report);
  const itemSkipped = (checklist: Checklist, itemId: string, reason: SkipReason = 'not_relevant') =>
    void recordItemSkipped(db, call, checklist.id, itemId, reason).catch(report);
  const onNudgeKey = (key: string): boolean => {
    const at = open.findIndex((o) => `${o.checklist.id}/${o.item.id}` === cursor);
    const current = open[at];
    if (key === 'j' || key === 'k') {
      const next = open[(at + (key === 'j' ? 1 : open.length - 1)) % Math.max(open.length, 1)];
      if (next) setNudgeCursor(`${next.checklist.id}/${next.item.id}`);
      return open.length > 0;
    }
    if (!current) return false;
    if (key === 'x') itemDone(current.checklist, current.item.id);
    else if (key in SKIP_REASONS)
      itemSkipped(
        current.checklist,
        current.item.id,
        SKIP_REASONS[key as keyof typeof SKIP_REASONS],
      );
    else return false;
    // The cursor moves on to the next open item, as in a to-do list.
    const next = open[at + 1];
    setNudgeCursor(next ? `${next.checklist.id}/${next.item.id}` : null);
    return true;
  };

  useCallKeys({
    onNudgeKey,
    mode,
    survey,
    onSignal: (type) =>
      void callActions
        .log(call, type)
        // The bench reads this mark: keypress → the IndexedDB transaction has committed.
        .then(() => performance.mark('effortless:signal-committed'))
        .catch(report),
    onUndo: () => void callActions.undoLast(call).catch(report),
    onWrapUp: () => setMode('wrapup'),
    onStart: () => undefined,
    onOutcome: setOutcome,
    onSurvey: setSurvey,
    onAnswer: (s, v) => void callActions.answer(call, s, v).catch(report),
    onFinish: finish,
    onBack: () => setMode('call'),
    onHelp: showHelp,
  });

  return (
    <>
      {call.repeat && <RepeatBanner repeat={call.repeat} />}
      {children}
      <CallHeader
        interaction={call}
        categories={settings.categories}
        onChannel={(c) => void callActions.setChannel(call, c).catch(report)}
        onCategory={(c) => void callActions.setCategory(call, c).catch(report)}
      />
      {mode === 'wrapup' ? (
        <WrapUp
          outcome={outcome}
          survey={survey}
          answers={answers}
          message={callMessage}
          reminder={open.map((o) => localize(o.item.text, language))}
          onOutcome={setOutcome}
          onSurvey={setSurvey}
          onAnswer={(s, v) => void callActions.answer(call, s, v).catch(report)}
          onFinish={finish}
          onBack={() => setMode('call')}
        />
      ) : (
        <>
          <ChecklistNudges
            checklists={nudges.checklists}
            states={nudges.states}
            cursor={cursor}
            onDone={itemDone}
            onSkip={(c, id) => itemSkipped(c, id)}
          />
          <div className="call-dock" data-testid="call-dock">
            <p className="toast" role="status" aria-live="polite" data-testid="toast">
              {toast}
            </p>
            <SignalBar
              logged={signals}
              holdRunning={holdRunning}
              onLog={(type) => void callActions.log(call, type).catch(report)}
              onUndo={(id) => void callActions.undo(id).catch(report)}
            />
            {callMessage && (
              <p className="notice__error" role="alert">
                {callMessage}
              </p>
            )}
            <button
              type="button"
              className="button button--primary wrap-up-button"
              onClick={() => setMode('wrapup')}
              data-testid="wrap-up-button"
            >
              {t('wrapUp')} <kbd>W</kbd>
            </button>
          </div>
        </>
      )}
    </>
  );
}
