import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { enabledSitePatterns } from '@/lib/tabs/tab-context';

/** Origins the agent granted; removing one revokes the permission (the background unregisters). */
export function EnabledSites() {
  const { t } = useI18n();
  const [origins, setOrigins] = useState<string[]>([]);
  useEffect(() => {
    const load = () =>
      void browser.permissions
        .getAll()
        .then(({ origins = [] }) => setOrigins(enabledSitePatterns(origins)));
    load();
    browser.permissions.onAdded.addListener(load);
    browser.permissions.onRemoved.addListener(load);
    return () => {
      browser.permissions.onAdded.removeListener(load);
      browser.permissions.onRemoved.removeListener(load);
    };
  }, []);
  return (
    <section className="card" aria-labelledby="sites-title">
      <h2 id="sites-title" className="card__title">
        {t('enabledSites')}
      </h2>
      <ul className="site-list" data-testid="enabled-sites">
        <li>{t('demoSite')}</li>
        {origins.map((origin) => (
          <li key={origin}>
            <span>{origin.replace(/\/\*$/, '')}</span>
            <button
              type="button"
              className="button"
              onClick={() => void browser.permissions.remove({ origins: [origin] })}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ul>
      {origins.length === 0 && <p className="footer-status">{t('noEnabledSites')}</p>}
    </section>
  );
}
