import { useCallback, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CallHeader } from '@/components/call/call-header';
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
  const { t } = useI18n();
  const settings = useSettings();
  const { interaction, signals, answers, holdRunning, today } = useCall(tabId);
  const { mode, outcome, survey, callMessage } = useSidepanelStore(
    useShallow((s) => ({
      mode: s.mode,
      outcome: s.outcome,
      survey: s.survey,
      callMessage: s.callMessage,
    })),
  );
  const { setMode, setOutcome, setSurvey, setCallMessage, resetCall } =
    useSidepanelStore.getState();
  const report = useCallback(
    (error: unknown) => setCallMessage(error instanceof Error ? error.message : String(error)),
    [setCallMessage],
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

  useCallKeys({
    mode: !interaction ? 'idle' : mode,
    survey,
    onSignal: (type) => interaction && void callActions.log(interaction, type).catch(report),
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
              onOutcome={setOutcome}
              onSurvey={setSurvey}
              onAnswer={(s, v) => void callActions.answer(interaction, s, v).catch(report)}
              onFinish={finish}
              onBack={() => setMode('call')}
            />
          ) : (
            <>
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
