import { describe, expect, it } from 'vitest';
import {
  explainMatch,
  isIncomplete,
  missingTranslations,
  parseChecklistPack,
  type Checklist,
  type LeafCondition,
  type PackError,
} from '@/lib/checklists';
import { diffChecklists } from '@/lib/checklists/diff';
import { changeWords } from '@/lib/checklists/diff-words';
import { locationWords, parseJsonPath, problemWords } from '@/lib/checklists/locations';
import { conditionWords, triggerWords, wordsFor } from '@/lib/checklists/words';
import { LANGUAGES } from '@/lib/checklists/languages';
import { makeChecklist, makeContext } from './fixtures';

/** The errors of one checklist, as the editor validates it (paths from the checklist's root). */
function errorsOf(checklist: Record<string, unknown>): PackError[] {
  const result = parseChecklistPack({
    format: 'effortless-checklists',
    formatVersion: 1,
    checklists: [{ version: 1, updatedAt: '2025-01-01T00:00:00Z', ...checklist }],
  });
  if (result.ok) return [];
  return result.errors.map((e) => ({ ...e, path: e.path.replace(/^\$\.checklists\[0\]/, '$') }));
}

/** No JSON path, no JSON or regular-expression syntax: what a trainer reads. */
const PLAIN = /^[^$[\]{}/\\]*$/;
/** The same after a language and a path, for a readable failure. */
const PLAIN_LINE = /^\w\w \S+ [^$[\]{}/\\]*$/;

describe('an empty condition (issue 11, point 9)', () => {
  it('never matches, whatever the page: "contains nothing" is not a match', () => {
    const context = makeContext({ pageText: 'Anything at all', url: 'http://crm/x' });
    const empty: LeafCondition[] = [
      { type: 'pageText', op: 'contains', value: '' },
      { type: 'pageText', op: 'contains', value: '  ' },
      { type: 'url', op: 'matches', value: '' },
      { type: 'field', key: 'email', op: 'matches', value: '' },
      { type: 'category', anyOf: [' ', ''] },
    ];
    for (const condition of empty) {
      expect(isIncomplete(condition)).toBe(true);
      const checklist = makeChecklist({ triggers: { any: [condition] } });
      const result = explainMatch(checklist, { ...makeContext(), ...context, category: 'x' });
      expect({ condition, matched: result.conditions[0]?.matched }).toEqual({
        condition,
        matched: false,
      });
      expect(result.matched).toBe(false);
    }
    expect(isIncomplete({ type: 'field', key: 'email', op: 'present' })).toBe(false);
  });
});

describe('problems in plain words', () => {
  const blank = {
    id: '',
    status: 'draft',
    title: {},
    triggers: {
      any: [
        { type: 'category', anyOf: [] },
        { type: 'url', op: 'matches', value: '(' },
      ],
    },
    items: [{ id: 'item-1', kind: 'ask', text: {} }],
  };

  it('says where and what in every language, without paths or regex syntax', () => {
    const errors = errorsOf(blank);
    for (const language of LANGUAGES) {
      const words = wordsFor(language);
      for (const error of errors) {
        const said = `${locationWords(error.path, words, blank.triggers as never)}: ${problemWords(error, words)}`;
        expect(`${language} ${error.path} ${said}`).toMatch(PLAIN_LINE);
        expect(said).not.toMatch(/not valid|non valide|ei kelpaa/);
      }
    }
    const en = wordsFor('en');
    const said = errors.map(
      (e) => `${locationWords(e.path, en, blank.triggers as never)}: ${problemWords(e, en)}`,
    );
    expect(said).toEqual(
      expect.arrayContaining([
        'Id: write an id, or a title to make one from',
        'Title: write it in at least one language',
        'Item 1 · Text: write it in at least one language',
        'Trigger, condition 1 (Category): write at least one word',
        'Trigger, condition 2 (URL): this pattern cannot be read: check its brackets and special characters',
      ]),
    );
    const fr = wordsFor('fr');
    expect(
      problemWords(
        errors.find((e) => e.path.endsWith('anyOf'))!,
        fr,
      ),
    ).toBe('saisissez au moins un mot');
    expect(locationWords('$.items[1].why.fi', fr)).toBe('Élément 2 · Pourquoi, en finnois');
    expect(locationWords('$.title.en', wordsFor('fi'))).toBe('Otsikko, englanniksi');
  });

  it('parses the paths it reads', () => {
    expect(parseJsonPath('$.triggers.any[0].not.all[12].value')).toEqual([
      'triggers',
      'any',
      0,
      'not',
      'all',
      12,
      'value',
    ]);
    expect(parseJsonPath('$["odd key"]')).toEqual(['odd key']);
  });

  it('does not count a text written in no language as a missing translation', () => {
    const checklist = { ...makeChecklist(), title: {} } as Checklist;
    expect(missingTranslations(checklist)).toEqual(['$.items[0].text.fr', '$.items[0].text.fi']);
  });
});

describe('triggers and the version diff in plain words', () => {
  it('reads conditions as sentences, never as regex syntax', () => {
    const en = wordsFor('en');
    expect(
      conditionWords({ type: 'field', key: 'phone', op: 'matches', value: '^\\+33' }, en),
    ).toBe('Phone fits the pattern “^\\+33”');
    expect(
      triggerWords(
        { any: [{ type: 'category', anyOf: ['Billing', 'Refund'] }, { type: 'repeatContact' }] },
        en,
      ),
    ).toBe('Any of (Category is “Billing” or “Refund”; Repeat contact)');
    expect(triggerWords({ not: { type: 'signal', signal: 'transfer' } }, wordsFor('fr'))).toBe(
      'Non (Signal d’effort noté : Transfert)',
    );
  });

  it('says each change of a version where and what, in the trainer’s language', () => {
    const older = makeChecklist({
      status: 'draft',
      triggers: { type: 'pageText', op: 'contains', value: 'Moving' },
      items: [
        { id: 'a', kind: 'ask', text: { en: 'Ask A', fr: 'Demander A' } },
        { id: 'b', kind: 'do', text: { en: 'Do B', fr: 'Faire B' } },
      ],
    });
    const current = makeChecklist({
      triggers: { any: [{ type: 'category', anyOf: ['Address change'] }] },
      items: [
        { id: 'b', kind: 'offer', text: { en: 'Do B', fr: 'Faire B' }, why: { fi: 'Koska' } },
        { id: 'a', kind: 'ask', text: { en: 'Ask A', fr: 'Demander A' } },
      ],
    });
    const fr = wordsFor('fr');
    const rows = diffChecklists(older, current).map((c) => changeWords(c, older, current, fr));
    for (const row of rows) expect(Object.values(row).join(' | ')).toMatch(PLAIN);
    expect(rows).toEqual([
      { where: 'Statut', before: 'Brouillon', after: 'Publiée' },
      {
        where: 'Déclencheur',
        before: 'Texte de la page contient « Moving »',
        after: 'Au moins une (Catégorie : « Address change »)',
      },
      { where: 'Élément 1 · Type', before: 'Faire', after: 'Proposer' },
      { where: 'Élément 1 · Pourquoi, en finnois', after: 'Koska' },
      {
        where: 'Ordre des éléments',
        before: '1. Demander A; 2. Faire B',
        after: '1. Faire B; 2. Demander A',
      },
    ]);
  });
});
