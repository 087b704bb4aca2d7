import { useState } from 'react';
import { browser } from 'wxt/browser';
import { Notice } from './notice';
import { useI18n } from '@/components/i18n';
import { sendMessage } from '@/lib/messaging';
import { originPattern } from '@/lib/tabs/tab-context';
import type { SiteAccess } from './use-site-access';

/** What the panel says when it has no capture for the tab, with "Enable on this site" where useful. */
export function SiteStatus({
  access,
  url,
  tabId,
}: {
  access: SiteAccess;
  url?: string;
  tabId: number;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  if (access === 'unknown') return <Notice testId="status-waiting">{t('waiting')}</Notice>;
  if (access === 'no-url') return <Notice testId="status-no-access">{t('noAccess')}</Notice>;
  if (access === 'not-web' || !url)
    return <Notice testId="status-not-crm">{t('notACrmPage')}</Notice>;
  if (access === 'granted') return <Notice testId="status-nothing">{t('nothingCaptured')}</Notice>;

  const origin = new URL(url).origin;
  const enable = async () => {
    setError(null);
    try {
      // Must run straight from the click: permissions.request needs the user gesture.
      const granted = await browser.permissions.request({ origins: [originPattern(url)!] });
      if (granted) await sendMessage('enableSite', { origin, tabId });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Notice testId="status-not-enabled">
      <p>{t('notEnabled', { origin })}</p>
      <button type="button" className="button button--primary" onClick={() => void enable()}>
        {t('enableSite')}
      </button>
      {error && <p className="notice__error">{t('enableFailed', { error })}</p>}
    </Notice>
  );
}
