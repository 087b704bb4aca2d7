import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { isBuiltInUrl } from '@/lib/capture/built-in-sites';
import { originPattern } from '@/lib/tabs/tab-context';

export type SiteAccess = 'unknown' | 'not-web' | 'granted' | 'not-granted' | 'no-url';

/** Whether Effortless may read the given tab URL, and re-checks when permissions change. */
export function useSiteAccess(url: string | undefined): SiteAccess {
  const [access, setAccess] = useState<SiteAccess>('unknown');
  useEffect(() => {
    let alive = true;
    const check = async () => {
      let next: SiteAccess;
      if (!url) next = 'no-url';
      else if (isBuiltInUrl(url)) next = 'granted';
      else {
        const pattern = originPattern(url);
        next = !pattern
          ? 'not-web'
          : (await browser.permissions.contains({ origins: [pattern] }))
            ? 'granted'
            : 'not-granted';
      }
      if (alive) setAccess(next);
    };
    void check();
    const recheck = () => void check();
    browser.permissions.onAdded.addListener(recheck);
    browser.permissions.onRemoved.addListener(recheck);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(recheck);
      browser.permissions.onRemoved.removeListener(recheck);
    };
  }, [url]);
  return access;
}
