/** Collapses runs of whitespace (NBSP, narrow NBSP, zero-width space) and trims. */
export const clean = (s: string): string => s.replace(/[\s\u200b]+/g, ' ').trim();

/** Lower-case, accent-free form, so "Téléphone" and "telephone" compare equal. */
export const fold = (s: string): string =>
  clean(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Label text without decorations: trailing colon, required asterisks, "(optional)". */
export const labelText = (s: string): string =>
  clean(s)
    .replace(/^\*\s*/, '')
    .replace(/\s*(?:\*|\((?:required|optional|obligatoire|pakollinen)\))?\s*[:：]?\s*\*?$/i, '');

/** "Label: value" in one text node; a space or NBSP before the colon is French style. */
export const INLINE = /^([^:：]{2,40}?)\s*[:：]\s*(\S.*)$/;
