import { useCallback, useEffect, useMemo, useState } from 'react';
import { CustomerCard } from './customer-card';
import { Notice } from './notice';
import { OutboxStatus } from '@/components/outbox-status';
import { ShortcutsList } from '@/components/shortcuts-list';
import { TodayList } from './today-list';
import { useI18n } from '@/components/i18n';
import { useSidepanelStore } from './store';
import type { FieldKey } from '@/lib/capture/types';
import { sendMessage } from '@/lib/messaging';
import { fieldsOf, type CapturedFieldData, type TabContext } from '@/lib/tabs/tab-context';
import { callActions } from './call-actions';
import { CallView } from './call-view';
import { PendingView } from './pending-view';
import { SiteStatus } from './site-status';
import { useCallFields } from './use-call-fields';
import { useCallState } from './use-call-state';
import { useCopyKeys } from './use-copy-keys';
import { useGivenEarlier } from './use-given-earlier';
import { useReport } from './use-report';
import { useSiteAccess } from './use-site-access';
import { useTabContext, type TabContextState } from './use-tab-context';
import { useTargetTab } from './use-target-tab';
import { useToday } from './use-today';

const NO_FIELDS: CapturedFieldData[] = [];
const nameOf = (fields: readonly CapturedFieldData[]) =>
  fields.find((f) => f.key === 'customerName')?.value;

/** What the page itself says when it shows no customer's record (every state, call or not). */
function PageStatus({
  state,
  tabId,
  url,
}: {
  state: TabContextState;
  tabId: number;
  url?: string;
}) {
  const { t } = useI18n();
  const access = useSiteAccess(url);
  const context = state.status === 'ready' ? state.context : null;
  if (context?.error)
    return (
      <Notice tone="error" testId="status-error">
        {t('captureError', { error: context.error })}
      </Notice>
    );
  if (context?.kind === 'list') return <Notice testId="status-list">{t('listView')}</Notice>;
  if (context) {
    return fieldsOf(context).length === 0 ? (
      <Notice testId="status-nothing">{t('nothingCaptured')}</Notice>
    ) : null;
  }
  if (state.status === 'loading') return <Notice testId="status-waiting">{t('waiting')}</Notice>;
  return <SiteStatus access={access} url={url} tabId={tabId} />;
}

export function App() {
  const { t } = useI18n();
  useTargetTab();
  const target = useSidepanelStore((s) => s.target);
  const copiedKey = useSidepanelStore((s) => s.copiedKey);
  const markCopied = useSidepanelStore((s) => s.markCopied);
  const helpOpen = useSidepanelStore((s) => s.helpOpen);
  const tabState = useTabContext(target?.tabId);
  const context: TabContext | null = tabState.status === 'ready' ? tabState.context : null;
  const screenFields = useMemo(() => (context ? fieldsOf(context) : NO_FIELDS), [context]);
  const callState = useCallState(target?.tabId);
  const call =
    callState?.kind === 'call' || callState?.kind === 'other-customer' ? callState.call : null;
  const storedFields = useCallFields(call);
  const today = useToday();
  const report = useReport();
  const [notice, setNotice] = useState<string | null>(null);

  // The card, the keys and the call are always the same customer: the call's own values when the
  // CRM shows someone else (or no record), the screen's when it shows the call's customer.
  const onScreen = Boolean(call && context?.customerKey === call.customerKey);
  const cardFields = call ? (onScreen ? screenFields : storedFields) : screenFields;
  const givenEarlier = useGivenEarlier(call?.customerKey ?? context?.customerKey);

  const copy = useCallback(
    (field: CapturedFieldData) => {
      void navigator.clipboard.writeText(field.value).then(() => markCopied(field.key));
      // Pasting it into the CRM afterwards is not the customer repeating it.
      void sendMessage('noteCopy', { value: field.value }).catch(() => undefined);
    },
    [markCopied],
  );
  const correct = useCallback(
    async (key: FieldKey, value: string) => {
      if (!target) return;
      const { learnt } = await sendMessage('correctField', { tabId: target.tabId, key, value });
      setNotice(learnt ? t('learnt') : null);
    },
    [target, t],
  );
  const wrappingUp = useSidepanelStore((s) => s.mode === 'wrapup');
  useCopyKeys(wrappingUp ? NO_FIELDS : cardFields, copy);
  useEffect(() => {
    if (!copiedKey) return;
    const timer = setTimeout(() => markCopied(null), 1500);
    return () => clearTimeout(timer);
  }, [copiedKey, markCopied]);
  useEffect(() => {
    performance.mark('effortless:first-render');
  }, []);
  // A wrap-up begun on a view (W) continues once its call exists; a call gone resets it.
  useEffect(() => {
    if (!call && callState?.kind !== 'pending') useSidepanelStore.getState().resetCall();
  }, [call, callState?.kind]);

  const tabId = target?.tabId;
  const card = cardFields.length > 0 && (
    <CustomerCard
      kicker={call ? t('callWith') : t('onScreen')}
      fields={cardFields}
      copiedKey={copiedKey}
      onCopy={copy}
      onCorrect={call && !onScreen ? undefined : correct}
      notice={notice}
      givenEarlier={givenEarlier}
    />
  );
  const otherName = callState?.kind === 'other-customer' ? nameOf(screenFields) : undefined;
  return (
    <div className="panel">
      <header className="panel__header">
        <h1 className="panel__brand">{t('appName')}</h1>
        <p className="panel__tab" data-testid="target-tab" title={target?.url}>
          {target ? t('followingTab', { title: context?.title || target.title || '' }) : t('noTab')}
        </p>
        <button
          type="button"
          className="link-button panel__help"
          onClick={() => useSidepanelStore.getState().showHelp()}
          aria-label={t('showKeys')}
          data-testid="show-keys"
        >
          ? <span className="visually-hidden">{t('showKeys')}</span>
        </button>
      </header>
      <main className="panel__main" data-testid="panel-main">
        {tabId !== undefined && (
          <>
            {!(onScreen || callState?.kind === 'pending') && (
              <PageStatus state={tabState} tabId={tabId} url={target?.url} />
            )}
            {callState?.kind === 'other-customer' && (
              <Notice testId="other-customer">
                <p>
                  {t('otherCustomerOnScreen', {
                    other: otherName ?? t('anotherCustomer'),
                    name: nameOf(storedFields) ?? t('customer'),
                  })}
                </p>
              </Notice>
            )}
            {call ? (
              <CallView tabId={tabId} call={call} context={onScreen ? context : null}>
                {card}
              </CallView>
            ) : callState?.kind === 'pending' ? (
              <PendingView view={callState.view} startsAt={callState.startsAt}>
                {card}
              </PendingView>
            ) : (
              // A record with no identifier yet: its values, and no call to start until one shows.
              card
            )}
          </>
        )}
        <TodayList
          rows={today}
          current={call?.id}
          canResume={tabId !== undefined && !call}
          onResume={(id) => tabId !== undefined && void callActions.resume(id, tabId).catch(report)}
        />
      </main>
      {helpOpen && <KeysDialog />}
      <footer className="panel__footer">
        <OutboxStatus />
      </footer>
    </div>
  );
}

function KeysDialog() {
  const { t } = useI18n();
  const hide = useSidepanelStore((s) => s.hideHelp);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hide();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hide]);
  return (
    <div className="keys-dialog" role="dialog" aria-modal="true" aria-labelledby="keys-title">
      <div className="keys-dialog__body card">
        <h2 id="keys-title" className="card__title">
          {t('keysTitle')}
        </h2>
        <ShortcutsList />
        <button type="button" className="button" onClick={hide} autoFocus data-testid="close-keys">
          {t('close')} <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
