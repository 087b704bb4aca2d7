import { useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n';
import { updateSettings, type Settings } from '@/lib/settings';
import { useSettings } from '@/lib/settings/use-settings';
import { CaptureRules } from './capture-rules';
import { ShortcutsList } from '@/components/shortcuts-list';
import { CollectorSection } from './collector-section';
import { DataSection } from './data-section';
import { EnabledSites } from './enabled-sites';
import { TeamSecret } from './team-secret';

export function App() {
  const settings = useSettings();
  // Re-mounting the form when stored settings change keeps the draft in step without an effect.
  // The collector fields have their own form (CollectorSection): a change there must not reset this one.
  const { collectorUrl: _url, collectorToken: _token, ...own } = settings;
  return <SettingsPage key={JSON.stringify(own)} settings={settings} />;
}

function SettingsPage({ settings }: { settings: Settings }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<Settings>(settings);
  const [message, setMessage] = useState<string | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      // Only this form's fields: the collector's are saved by CollectorSection.
      const { collectorUrl: _url, collectorToken: _token, ...own } = draft;
      await updateSettings(own);
      setMessage(t('saved'));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };
  const openPanel = async () => {
    // Firefox: sidebarAction.open needs the click's user input, so it runs before any await
    // (issue 12).
    const { sidebarAction } = browser as unknown as { sidebarAction?: { open(): Promise<void> } };
    if (!browser.sidePanel) return sidebarAction?.open();
    // sidePanel.open needs a user gesture: it runs straight from this click.
    const window = await browser.windows.getCurrent();
    if (window.id !== undefined) await browser.sidePanel.open({ windowId: window.id });
  };

  return (
    <main className="page">
      <h1>
        {t('appName')} — {t('settings')}
      </h1>
      <div>
        <button
          type="button"
          className="button button--primary"
          data-testid="open-panel"
          onClick={() => void openPanel()}
        >
          {t('openPanel')}
        </button>{' '}
        <a className="button" href="/checklists.html" data-testid="open-editor">
          {t('trainerEditor')}
        </a>
      </div>
      <form className="card" onSubmit={(e) => void save(e)}>
        <div className="form-row">
          <label htmlFor="language">{t('language')}</label>
          <select
            id="language"
            value={draft.language}
            onChange={(e) =>
              setDraft({ ...draft, language: e.target.value as Settings['language'] })
            }
          >
            <option value="auto">{t('languageAuto')}</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
            <option value="fi">Suomi</option>
          </select>
        </div>
        <div className="form-row">
          <label htmlFor="retention">{t('retentionDays')}</label>
          <input
            id="retention"
            type="number"
            min={1}
            max={365}
            value={draft.retentionDays}
            onChange={(e) => setDraft({ ...draft, retentionDays: Number(e.target.value) })}
          />
        </div>
        <div className="form-row">
          <label htmlFor="window">{t('repeatWindowDays')}</label>
          <input
            id="window"
            type="number"
            min={1}
            max={90}
            value={draft.repeatWindowDays}
            onChange={(e) => setDraft({ ...draft, repeatWindowDays: Number(e.target.value) })}
          />
        </div>
        <div>
          <button type="submit" className="button button--primary">
            {t('save')}
          </button>{' '}
          <span role="status">{message}</span>
        </div>
      </form>
      <CollectorSection />
      <TeamSecret />
      <EnabledSites />
      <CaptureRules />
      <section className="card" aria-labelledby="shortcuts-title" data-testid="settings-shortcuts">
        <h2 id="shortcuts-title" className="card__title">
          {t('shortcutsSection')}
        </h2>
        <ShortcutsList />
      </section>
      <DataSection />
    </main>
  );
}
