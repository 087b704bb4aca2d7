import type { Language } from '@/lib/settings';
import { catalogTranslator } from './index';
import { checklistsEn, type ChecklistsMessageKey, type ChecklistsMessages } from './checklists-en';
import { checklistsFi } from './checklists-fi';
import { checklistsFr } from './checklists-fr';

const CATALOGS: Record<Language, ChecklistsMessages> = {
  en: checklistsEn,
  fr: checklistsFr,
  fi: checklistsFi,
};

export type { ChecklistsMessageKey };
/** Translates one editor string; `{name}` placeholders are filled from params. */
export type ChecklistsTranslate = (
  key: ChecklistsMessageKey,
  params?: Record<string, string | number>,
) => string;

/**
 * The trainer editor's own catalog (kept apart from the app catalogs others edit), in the same
 * shape as `createTranslator`.
 *
 * @example createChecklistsTranslator('fr')('saveVersion', { version: 3 }) // 'Enregistrer en v3'
 */
export function createChecklistsTranslator(language: Language): ChecklistsTranslate {
  return catalogTranslator<ChecklistsMessageKey>(CATALOGS[language], checklistsEn, language);
}
