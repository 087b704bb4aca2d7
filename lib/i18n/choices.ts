import type { Language } from './languages';

const CHOICE_START = /\{(\w+),\s*(plural|selectordinal),/g;

/** Reads `key {text} key {text} … }` from `start`; returns the branches and the index after `}`. */
function readBranches(text: string, start: number): { branches: Map<string, string>; end: number } {
  const branches = new Map<string, string>();
  let i = start;
  for (;;) {
    while (/\s/.test(text[i] ?? '')) i++;
    if (i >= text.length) throw new Error(`Unclosed choice in "${text}"`);
    if (text[i] === '}') return { branches, end: i + 1 };
    const open = text.indexOf('{', i);
    if (open < 0) throw new Error(`Choice branch without text in "${text}"`);
    const key = text.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    if (depth > 0) throw new Error(`Unclosed choice branch in "${text}"`);
    branches.set(key, text.slice(open + 1, j - 1));
    i = j;
  }
}

const rulesCache = new Map<string, Intl.PluralRules>();
function rules(language: Language, type: Intl.PluralRuleType): Intl.PluralRules {
  const key = `${language}/${type}`;
  let found = rulesCache.get(key);
  if (!found) rulesCache.set(key, (found = new Intl.PluralRules(language, { type })));
  return found;
}

/**
 * Resolves the plural and ordinal choices of a message (the ICU MessageFormat subset our catalogs
 * use), with the language's own rules from `Intl.PluralRules`: `=N` matches one number exactly,
 * else the CLDR category (`zero`, `one`, `two`, `few`, `many`, `other`); `#` is the number.
 * Other `{placeholders}` are left for the caller to fill.
 *
 * @example formatChoices('{n, plural, one {# day} other {# days}}', { n: 1 }, 'en') // '1 day'
 * @example formatChoices('{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}', { n: 22 }, 'en') // '22nd'
 */
export function formatChoices(
  text: string,
  params: Record<string, string | number>,
  language: Language,
): string {
  if (!text.includes(', plural,') && !text.includes(', selectordinal,')) return text;
  let out = '';
  let last = 0;
  CHOICE_START.lastIndex = 0;
  for (let m = CHOICE_START.exec(text); m; m = CHOICE_START.exec(text)) {
    const [whole, name, kind] = m as unknown as [string, string, 'plural' | 'selectordinal'];
    const { branches, end } = readBranches(text, m.index + whole.length);
    const n = Number(params[name]);
    const category = Number.isFinite(n)
      ? rules(language, kind === 'plural' ? 'cardinal' : 'ordinal').select(n)
      : 'other';
    const branch = branches.get(`=${n}`) ?? branches.get(category) ?? branches.get('other') ?? '';
    out += text.slice(last, m.index) + branch.replace(/#/g, String(params[name] ?? ''));
    last = end;
    CHOICE_START.lastIndex = end;
  }
  return out + text.slice(last);
}

/**
 * The parameters a message reads, plain or as a choice, sorted: translations of one key must read
 * the same ones.
 *
 * @example messageParams('{n, plural, one {# day} other {# days}} at {time}') // ['n', 'time']
 */
export function messageParams(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/\{(\w+)(?:\}|,\s*(?:plural|selectordinal),)/g)) names.add(m[1]!);
  return [...names].sort();
}
