import { useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import { wordsFor } from '@/lib/checklists/words';
import { createChecklistsTranslator } from '@/lib/i18n/checklists-translate';

/** The editor's translator, in the UI language chosen in settings (or the browser's). */
export function useT() {
  const { language } = useI18n();
  return useMemo(() => createChecklistsTranslator(language), [language]);
}

/** Plain words (conditions, places, problems) in the UI language. */
export function useWords() {
  const { language } = useI18n();
  return useMemo(() => wordsFor(language), [language]);
}

/** Names of the content languages, in their own language (as in the settings page). */
export const LANGUAGE_NAMES = { en: 'English', fr: 'Français', fi: 'Suomi' } as const;
