import type { SignalType } from '@/lib/signals/taxonomy';
import type { Language } from './languages';

/** What the matcher knows about the current interaction. */
export interface MatchContext {
  /** Captured fields on the CRM page (key, value). */
  fields: readonly { key: string; value: string }[];
  /** The interaction's category or contact reason, in whatever language the CRM uses. */
  category?: string;
  /** Visible text of the CRM page. */
  pageText?: string;
  url?: string;
  /** This contact is a repeat within the window (see `detectRepeatContact`). */
  repeatContact: boolean;
  /** Effort signals logged in this interaction so far. */
  signals: readonly SignalType[];
  /** The agent's language, for titles and ranking ties. */
  language: Language;
}

/** Only this much page text is searched: a huge CRM page must never slow the panel. */
export const PAGE_TEXT_LIMIT = 100_000;

/**
 * Folds text for loose comparison: accents removed, lower case, curly apostrophes straightened,
 * whitespace collapsed. "Changement d’adresse" and "changement d'adresse" are then equal.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
