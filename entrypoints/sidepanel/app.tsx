import { useCallback, useEffect, useMemo, useState } from 'react';
import { CustomerCard } from '@/components/customer-card';
import { Notice } from '@/components/notice';
import { OutboxStatus } from '@/components/outbox-status';
import { useI18n } from '@/components/i18n';
import { useSidepanelStore } from '@/lib/state/sidepanel-store';
import type { FieldKey } from '@/lib/capture/types';
import { sendMessage } from '@/lib/messaging';
import { fieldsOf, type CapturedFieldData } from '@/lib/tabs/tab-context';
import { CallView } from './call-view';
import { SiteStatus } from './site-status';
import { useCopyKeys } from './use-copy-keys';
import { useGivenEarlier } from './use-given-earlier';
import { useSiteAccess } from './use-site-access';
import { useTabContext } from './use-tab-context';
import { useTargetTab } from './use-target-tab';

const NO_FIELDS: CapturedFieldData[] = [];

export function App() {
  const { t } = useI18n();
  useTargetTab();
  const target = useSidepanelStore((s) => s.target);
  const copiedKey = useSidepanelStore((s) => s.copiedKey);
  const markCopied = useSidepanelStore((s) => s.markCopied);
  const state = useTabContext(target?.tabId);
  const access = useSiteAccess(target?.url);
  const context = state.status === 'ready' ? state.context : null;
  const fields = useMemo(() => (context ? fieldsOf(context) : NO_FIELDS), [context]);
  const [notice, setNotice] = useState<string | null>(null);
  const givenEarlier = useGivenEarlier(context?.customerKey);

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
  useCopyKeys(wrappingUp ? NO_FIELDS : fields, copy);
  useEffect(() => {
    if (!copiedKey) return;
    const timer = setTimeout(() => markCopied(null), 1500);
    return () => clearTimeout(timer);
  }, [copiedKey, markCopied]);
  useEffect(() => {
    performance.mark('effortless:first-render');
  }, []);

  const section = !target ? null : context?.error ? (
    <Notice tone="error" testId="status-error">
      {t('captureError', { error: context.error })}
    </Notice>
  ) : context?.kind === 'list' ? (
    <Notice testId="status-list">{t('listView')}</Notice>
  ) : context ? (
    <>
      {fields.length === 0 && <Notice testId="status-nothing">{t('nothingCaptured')}</Notice>}
      <CustomerCard
        fields={fields}
        copiedKey={copiedKey}
        onCopy={copy}
        onCorrect={correct}
        notice={notice}
        givenEarlier={givenEarlier}
      />
    </>
  ) : state.status === 'loading' ? (
    <Notice testId="status-waiting">{t('waiting')}</Notice>
  ) : (
    <SiteStatus access={access} url={target.url} tabId={target.tabId} />
  );

  return (
    <div className="panel">
      <header className="panel__header">
        <h1 className="panel__brand">{t('appName')}</h1>
        <p className="panel__tab" data-testid="target-tab" title={target?.url}>
          {target ? t('followingTab', { title: context?.title || target.title || '' }) : t('noTab')}
        </p>
      </header>
      <main className="panel__main" data-testid="panel-main">
        {target && (
          <CallView tabId={target.tabId} context={context}>
            {section}
          </CallView>
        )}
      </main>
      <footer className="panel__footer">
        <OutboxStatus />
      </footer>
    </div>
  );
}
