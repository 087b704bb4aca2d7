import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from './index';

/** The current settings, kept up to date when any extension page changes them. */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let alive = true;
    void getSettings().then((value) => alive && setSettings(value));
    const unwatch = settingsItem.watch((value) => setSettings({ ...DEFAULT_SETTINGS, ...value }));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
