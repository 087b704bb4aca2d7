/** The UI and content languages, in one place: settings, catalogs and checklist texts use these. */
export const LANGUAGES = ['en', 'fr', 'fi'] as const;

/** One supported language. */
export type Language = (typeof LANGUAGES)[number];
