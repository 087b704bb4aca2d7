import { describe, expect, it } from 'vitest';
import { parseChecklistPack, serializeChecklistPack } from '@/lib/checklists';
import { validPackJson } from './fixtures';

type Pack = ReturnType<typeof validPackJson>;
const first = (pack: Pack) => pack.checklists[0] as Record<string, unknown>;

/** Each case breaks a valid pack in one way and names where the error must point. */
const cases: [string, (pack: Pack) => unknown, string, RegExp][] = [
  ['non-object input', () => 42, '$', /expected a checklist pack object/],
  ['an array', () => [], '$', /got an array/],
  ['unparsable JSON string', () => '{"format": ', '$', /not valid JSON/],
  ['wrong format marker', (p) => ({ ...p, format: 'other' }), '$.format', /effortless-checklists/],
  ['newer format version', (p) => ({ ...p, formatVersion: 2 }), '$.formatVersion', /newer/],
  ['checklists not an array', (p) => ({ ...p, checklists: {} }), '$.checklists', /an array/],
  [
    'wrong type (version)',
    (p) => ((first(p).version = '1'), p),
    '$.checklists[0].version',
    /expected a number/,
  ],
  [
    'fractional version',
    (p) => ((first(p).version = 1.5), p),
    '$.checklists[0].version',
    /integer/,
  ],
  ['missing id', (p) => (delete first(p).id, p), '$.checklists[0].id', /missing/],
  [
    'bad id characters',
    (p) => ((first(p).id = 'Not A Slug'), p),
    '$.checklists[0].id',
    /lower-case/,
  ],
  ['id too long', (p) => ((first(p).id = 'a'.repeat(65)), p), '$.checklists[0].id', /at most 64/],
  [
    'duplicate checklist ids',
    (p) => (((p.checklists[1] as Record<string, unknown>).id = 'first'), p),
    '$.checklists[1].id',
    /duplicate checklist id "first".*\$\.checklists\[0\]/,
  ],
  [
    'duplicate item ids',
    (p) => {
      first(p).items = [
        { id: 'same', kind: 'ask', text: { en: 'a' } },
        { id: 'same', kind: 'do', text: { en: 'b' } },
      ];
      return p;
    },
    '$.checklists[0].items[1].id',
    /duplicate item id "same"/,
  ],
  [
    'unknown trigger type',
    (p) => ((first(p).triggers = { type: 'weather' }), p),
    '$.checklists[0].triggers.type',
    /unknown trigger type "weather"/,
  ],
  [
    'nested unknown trigger type',
    (p) => ((first(p).triggers = { all: [{ type: 'always' }, { any: [{ type: 'x' }] }] }), p),
    '$.checklists[0].triggers.all[1].any[0].type',
    /unknown trigger type/,
  ],
  [
    'oversized item text',
    (p) => (
      (first(p).items = [{ id: 'a', kind: 'ask', text: { en: 'x', fr: 'é'.repeat(501) } }]),
      p
    ),
    '$.checklists[0].items[0].text.fr',
    /too long \(501\): at most 500 characters/,
  ],
  [
    'oversized title',
    (p) => ((first(p).title = { fi: 't'.repeat(121) }), p),
    '$.checklists[0].title.fi',
    /at most 120/,
  ],
  [
    'unknown language',
    (p) => ((first(p).title = { en: 'Hi', de: 'Hallo' }), p),
    '$.checklists[0].title.de',
    /unknown language "de"/,
  ],
  [
    'no language at all',
    (p) => ((first(p).title = {}), p),
    '$.checklists[0].title',
    /at least one language/,
  ],
  [
    'empty text',
    (p) => ((first(p).title = { en: '  ' }), p),
    '$.checklists[0].title.en',
    /must not be empty/,
  ],
  [
    'invalid regex',
    (p) => ((first(p).triggers = { type: 'pageText', op: 'matches', value: '([a-z' }), p),
    '$.checklists[0].triggers.value',
    /invalid regular expression/,
  ],
  [
    'regex too long',
    (p) => ((first(p).triggers = { type: 'url', op: 'matches', value: 'a'.repeat(201) }), p),
    '$.checklists[0].triggers.value',
    /at most 200/,
  ],
  [
    'field equals without a value',
    (p) => ((first(p).triggers = { type: 'field', key: 'plan', op: 'equals' }), p),
    '$.checklists[0].triggers.value',
    /missing/,
  ],
  [
    'unknown signal',
    (p) => ((first(p).triggers = { type: 'signal', signal: 'sneeze' }), p),
    '$.checklists[0].triggers.signal',
    /transfer/,
  ],
  [
    'trigger nested too deep',
    (p) => (
      (first(p).triggers = {
        not: { not: { not: { not: { not: { not: { type: 'always' } } } } } },
      }),
      p
    ),
    '$.checklists[0].triggers.not.not.not.not.not.not',
    /at most 6 levels/,
  ],
  ['no items', (p) => ((first(p).items = []), p), '$.checklists[0].items', /at least 1/],
  [
    'too many items',
    (p) => (
      (first(p).items = Array.from({ length: 13 }, (_, i) => ({
        id: `i${i}`,
        kind: 'do',
        text: { en: 'x' },
      }))),
      p
    ),
    '$.checklists[0].items',
    /at most 12/,
  ],
  [
    'bad item kind',
    (p) => ((first(p).items = [{ id: 'a', kind: 'sing', text: { en: 'x' } }]), p),
    '$.checklists[0].items[0].kind',
    /"ask", "offer", "do", "say"/,
  ],
  [
    'bad status',
    (p) => ((first(p).status = 'live'), p),
    '$.checklists[0].status',
    /"draft", "published"/,
  ],
  [
    'bad updatedAt',
    (p) => ((first(p).updatedAt = 'yesterday'), p),
    '$.checklists[0].updatedAt',
    /ISO 8601/,
  ],
  [
    'unknown property',
    (p) => ((first(p).colour = 'red'), p),
    '$.checklists[0].colour',
    /unknown property "colour"/,
  ],
  [
    'too many checklists',
    (p) => ({
      ...p,
      checklists: Array.from({ length: 201 }, (_, i) => ({ ...first(p), id: `c${i}` })),
    }),
    '$.checklists',
    /at most 200/,
  ],
];

describe('parseChecklistPack', () => {
  it('accepts a valid pack, as an object or as a JSON string', () => {
    expect(parseChecklistPack(validPackJson())).toMatchObject({ ok: true });
    expect(parseChecklistPack(JSON.stringify(validPackJson()))).toMatchObject({ ok: true });
  });

  it.each(cases)('reports %s', (_name, breakIt, path, message) => {
    const result = parseChecklistPack(breakIt(validPackJson()));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({ path, message: expect.stringMatching(message) }),
    );
  });

  it('collects every error, not only the first', () => {
    const pack = validPackJson();
    first(pack).title = { de: 'x' };
    (pack.checklists[1] as Record<string, unknown>).id = 'first';
    (pack.checklists[1] as Record<string, unknown>).items = [];
    const result = parseChecklistPack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        '$.checklists[0].title.de',
        '$.checklists[1].id',
        '$.checklists[1].items',
      ]),
    );
  });
});

describe('serializeChecklistPack', () => {
  it('round-trips through parseChecklistPack', () => {
    const parsed = parseChecklistPack(validPackJson());
    if (!parsed.ok) throw new Error('fixture should parse');
    const text = serializeChecklistPack(parsed.pack);
    expect(JSON.parse(text)).toMatchObject({ format: 'effortless-checklists', formatVersion: 1 });
    expect(parseChecklistPack(text)).toEqual(parsed);
  });

  it('wraps a bare list of checklists', () => {
    const parsed = parseChecklistPack(validPackJson());
    if (!parsed.ok) throw new Error('fixture should parse');
    expect(parseChecklistPack(serializeChecklistPack(parsed.pack.checklists))).toEqual(parsed);
  });
});
