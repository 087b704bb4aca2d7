import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { useI18n } from './i18n';
import { SIGNAL_META, SIGNAL_TYPES } from '@/lib/signals';
import { SIGNAL_COMMANDS, UNDO_COMMAND, type SignalCommand } from '@/lib/signals/commands';
import type { MessageKey } from '@/lib/i18n';

const SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/** The browser-wide commands as the agent has them bound now (remapped or unassigned). */
function useCommandShortcuts() {
  const [bound, setBound] = useState<Record<string, string>>({});
  useEffect(() => {
    void browser.commands
      ?.getAll()
      .then((all) => setBound(Object.fromEntries(all.map((c) => [c.name ?? '', c.shortcut ?? '']))))
      .catch(() => undefined);
  }, []);
  return bound;
}

const PANEL_KEYS: readonly [string, MessageKey][] = [
  ['1–9', 'keyCopy'],
  ['Z', 'keyUndo'],
  ['J / K', 'keyMove'],
  ['X', 'keyDone'],
  ['W', 'keyWrapUp'],
  ['N', 'keyStart'],
  ['?', 'keyHelp'],
];

/**
 * Every key the agent has: the panel's single keys and the browser-wide Alt+Shift commands, with
 * the page where Chrome lets them be remapped (a chrome:// page opens only through the tabs API).
 */
export function ShortcutsList() {
  const { t } = useI18n();
  const bound = useCommandShortcuts();
  const commands = [
    ...Object.entries(SIGNAL_COMMANDS).map(([name, c]) => ({
      name,
      label: t(`signal_${c.signal}`),
    })),
    { name: UNDO_COMMAND.name, label: t('undo') },
  ];
  return (
    <div className="shortcuts" data-testid="shortcuts">
      <h3 className="card__title card__title--small">{t('panelKeys')}</h3>
      <dl className="shortcuts__list">
        {SIGNAL_TYPES.filter((type) => SIGNAL_META[type].key).map((type) => (
          <div key={type}>
            <dt>
              <kbd>{SIGNAL_META[type].key!.toUpperCase()}</kbd>
            </dt>
            <dd>{t(`signal_${type}`)}</dd>
          </div>
        ))}
        {PANEL_KEYS.map(([key, label]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{t(label)}</dd>
          </div>
        ))}
      </dl>
      <h3 className="card__title card__title--small">{t('globalKeys')}</h3>
      <dl className="shortcuts__list" data-testid="global-shortcuts">
        {commands.map((c) => (
          <div key={c.name}>
            <dt>
              <kbd>{bound[c.name as SignalCommand] || t('notAssigned')}</kbd>
            </dt>
            <dd>{c.label}</dd>
          </div>
        ))}
      </dl>
      <button
        type="button"
        className="link-button"
        onClick={() => void browser.tabs.create({ url: SHORTCUTS_PAGE })}
        data-testid="remap-shortcuts"
      >
        {t('remapShortcuts')}
      </button>
    </div>
  );
}
