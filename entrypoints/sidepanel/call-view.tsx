import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CallHeader } from '@/components/call/call-header';
import { ChecklistNudges } from '@/components/call/checklist-nudges';
import { localize, type Checklist } from '@/lib/checklists';
import { openItems, SKIP_REASONS, type SkipReason } from '@/lib/checklists/nudges';
import { db } from '@/lib/db/db';
import { isStorageFull } from '@/lib/db/storage-full';
import { recordItemDone, recordItemSkipped } from '@/lib/interactions';
import { RepeatBanner } from '@/components/call/repeat-banner';
import { SignalBar } from '@/components/call/signal-bar';
import { TodayList } from '@/components/call/today-list';
import { WrapUp } from '@/components/call/wrap-up';
import { useI18n } from '@/components/i18n';
import { Notice } from '@/components/notice';
import { useSidepanelStore } from '@/lib/state/sidepanel-store';
import { useSettings } from '@/lib/settings/use-settings';
import type { Outcome } from '@/lib/signals';
import type { TabContext } from '@/lib/tabs/tab-context';
import { fieldsOf } from '@/lib/tabs/tab-context';
import { callActions } from './call-actions';
import { useCall } from './use-call';
import { useCallKeys } from './use-call-keys';
import { useNudges } from './use-nudges';

/** The live call: repeat banner, signal bar, wrap-up, and the day's interactions. */
export function CallView({
  tabId,
  context,
  children,
}: {
  tabId: number;
  context: TabContext | null;
  /** The customer card (or the page's status), shown under the repeat banner. */
  children: ReactNode;
}) {
  const { t, language } = useI18n();
  const settings = useSettings();
  const { interaction, events, signals, answers, holdRunning, today } = useCall(tabId);
  const nudges = useNudges(interaction, context, events, signals);
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
  const { setMode, setOutcome, setSurvey, setCallMessage, resetCall, setNudgeCursor } =
    useSidepanelStore.getState();
  const report = (error: unknown) =>
    setCallMessage(
      isStorageFull(error)
        ? t('storageFull')
        : error instanceof Error
          ? error.message
          : String(error),
    );

  const finish = () => {
    if (!interaction) return;
    if (!outcome) return setCallMessage(t('pickOutcome'));
    void callActions.finish(interaction, outcome as Outcome, tabId).then(resetCall, report);
  };
  const startManually = () => {
    if (!interaction)
      void callActions.startManually(tabId, fieldsOf(context)).then(resetCall, report);
  };
  const undoLast = () => {
    const last = signals.filter((s) => s.attributes?.source !== 'auto').at(-1) ?? signals.at(-1);
    if (last) void callActions.undo(last.id).catch(report);
  };

  const itemDone = (checklist: Checklist, itemId: string) =>
    interaction && void recordItemDone(db, interaction, checklist.id, itemId).catch(report);
  const itemSkipped = (checklist: Checklist, itemId: string, reason: SkipReason = 'not_relevant') =>
    interaction &&
    void recordItemSkipped(db, interaction, checklist.id, itemId, reason).catch(report);
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
    mode: !interaction ? 'idle' : mode,
    survey,
    onSignal: (type) =>
      interaction &&
      void callActions
        .log(interaction, type)
        // The bench reads this mark: keypress → the IndexedDB transaction has committed.
        .then(() => performance.mark('effortless:signal-committed'))
        .catch(report),
    onUndo: undoLast,
    onWrapUp: () => setMode('wrapup'),
    onStart: startManually,
    onOutcome: setOutcome,
    onSurvey: setSurvey,
    onAnswer: (s, v) => interaction && void callActions.answer(interaction, s, v).catch(report),
    onFinish: finish,
    onBack: () => setMode('call'),
  });

  const otherCustomer =
    interaction &&
    context?.customerKey &&
    interaction.customerKey &&
    context.customerKey !== interaction.customerKey;
  return (
    <>
      {interaction ? (
        <>
          {interaction.repeat && <RepeatBanner repeat={interaction.repeat} />}
          {children}
          {otherCustomer && (
            <Notice testId="other-customer">
              <p>{t('otherCustomer')}</p>
              <button type="button" className="button" onClick={() => setMode('wrapup')}>
                {t('wrapUp')} <kbd>W</kbd>
              </button>
            </Notice>
          )}
          <CallHeader
            interaction={interaction}
            categories={settings.categories}
            onChannel={(c) => void callActions.setChannel(interaction, c).catch(report)}
            onCategory={(c) => void callActions.setCategory(interaction, c).catch(report)}
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
              onAnswer={(s, v) => void callActions.answer(interaction, s, v).catch(report)}
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
              <SignalBar
                logged={signals}
                holdRunning={holdRunning}
                onLog={(type) => void callActions.log(interaction, type).catch(report)}
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
            </>
          )}
        </>
      ) : (
        context &&
        context.kind !== 'list' && (
          <button
            type="button"
            className="button"
            onClick={startManually}
            data-testid="start-interaction"
          >
            {t('startInteraction')} <kbd>N</kbd>
          </button>
        )
      )}
      <TodayList rows={today} />
    </>
  );
}
