import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createTranslator, resolveLanguage, type Translate } from '@/lib/i18n';
import { useSettings } from '@/lib/settings/use-settings';
import type { Language } from '@/lib/settings';

interface I18n {
  t: Translate;
  language: Language;
}

const I18nContext = createContext<I18n>({ t: createTranslator('en'), language: 'en' });

/** Provides the translator for the agent's chosen (or the browser's) language. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { language: setting } = useSettings();
  const value = useMemo(() => {
    const language = resolveLanguage(setting, navigator.languages ?? [navigator.language]);
    return { t: createTranslator(language), language };
  }, [setting]);
  return (
    <I18nContext.Provider value={value}>
      <div lang={value.language}>{children}</div>
    </I18nContext.Provider>
  );
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
