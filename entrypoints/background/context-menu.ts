import { browser } from 'wxt/browser';
import { fieldsForSelection } from '@/lib/capture';
import { FIELD_KEYS, type FieldKey } from '@/lib/capture/types';
import { createTranslator, resolveLanguage } from '@/lib/i18n';
import { settingsItem } from '@/lib/settings';
import { addExtraField } from './tab-contexts';

const PARENT = 'capture-selection';

/** Builds "Capture selection as… › Account number / Name / …" in the agent's language. */
export async function createCaptureMenu(): Promise<void> {
  const { language } = await settingsItem.getValue();
  const t = createTranslator(resolveLanguage(language, [browser.i18n.getUILanguage()]));
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: PARENT,
    title: t('captureSelectionAs'),
    contexts: ['selection'],
  });
  for (const key of FIELD_KEYS) {
    browser.contextMenus.create({
      id: `${PARENT}:${key}`,
      parentId: PARENT,
      title: t(key),
      contexts: ['selection'],
    });
  }
}

/** Stores the selected text as the chosen field of the tab's current page. */
export function registerCaptureMenuClicks(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const key = String(info.menuItemId).split(':')[1] as FieldKey | undefined;
    const text = info.selectionText?.trim().slice(0, 500);
    if (!key || !FIELD_KEYS.includes(key) || !text || tab?.id === undefined) return;
    void addExtraField(tab.id, fieldsForSelection(text, key));
  });
}
