import type { Worker } from '@playwright/test';
import type { Language } from '../../../lib/i18n/languages';

/** The UI language, set in the extension's settings as the options page would. */
export async function setLanguage(serviceWorker: Worker, language: Language) {
  await serviceWorker.evaluate(async (lang) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), language: lang } });
  }, language);
}
