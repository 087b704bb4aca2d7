// Text that clean() would change: whitespace other than a single inner space.
const UNCLEAN = /[^\S ]|\u200b| {2}|^ | $/;

/** Collapses runs of whitespace (NBSP, narrow NBSP, zero-width space) and trims. */
export const clean = (s: string): string =>
  UNCLEAN.test(s) ? s.replace(/[\s\u200b]+/g, ' ').trim() : s;

/** Lower-case, accent-free form, so "Téléphone" and "telephone" compare equal. */
export const fold = (s: string): string =>
  clean(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Label text without decorations: trailing colon, required asterisks, "(optional)". */
export const labelText = (s: string): string => {
  const t = clean(s).replace(/^\*\s*/, '');
  // Decorations end in one of these (clean text ends in no space): else there is none to strip.
  return /[*):：\s]$/.test(t)
    ? t.replace(/\s*(?:\*|\((?:required|optional|obligatoire|pakollinen)\))?\s*[:：]?\s*\*?$/i, '')
    : t;
};

/** "Label: value" in one text node; a space or NBSP before the colon is French style. */
export const INLINE = /^([^:：]{2,40}?)\s*[:：]\s*(\S.*)$/;
