import { describe, expect, it } from 'vitest';
import {
  explainMatch,
  leafMatches,
  matchChecklists,
  type LeafCondition,
  type TriggerCondition,
} from '@/lib/checklists';
import { makeChecklist, makeContext } from './fixtures';

const context = makeContext({
  fields: [
    { key: 'accountNumber', value: 'FR-123' },
    { key: 'plan', value: ' Premium ' },
    { key: 'email', value: '' },
  ],
  category: 'Changement d’adresse',
  pageText: 'Case 0042 — Customer wants to MOVE house',
  url: 'https://crm.example.com/lightning/r/Case/5003000000D8cuI/view',
  repeatContact: true,
  signals: ['transfer'],
});

describe('leafMatches', () => {
  it.each<[string, LeafCondition, boolean]>([
    ['field present', { type: 'field', key: 'accountnumber', op: 'present' }, true],
    ['field present but empty', { type: 'field', key: 'email', op: 'present' }, false],
    ['field absent', { type: 'field', key: 'phone', op: 'present' }, false],
    ['field equals (folded)', { type: 'field', key: 'plan', op: 'equals', value: 'premium' }, true],
    ['field equals other', { type: 'field', key: 'plan', op: 'equals', value: 'basic' }, false],
    [
      'field matches',
      { type: 'field', key: 'accountNumber', op: 'matches', value: '^fr-\\d+$' },
      true,
    ],
    [
      'field does not match',
      { type: 'field', key: 'accountNumber', op: 'matches', value: '^DE' },
      false,
    ],
    [
      'category, accents and apostrophes',
      { type: 'category', anyOf: ["changement d'adresse"] },
      true,
    ],
    ['category, other', { type: 'category', anyOf: ['Billing', 'Laskutus'] }, false],
    ['category, whole word', { type: 'category', anyOf: ['changement'] }, true],
    ['category, not part of a word', { type: 'category', anyOf: ['change'] }, false],
    ['pageText contains', { type: 'pageText', op: 'contains', value: 'move house' }, true],
    ['pageText matches', { type: 'pageText', op: 'matches', value: 'case \\d{4}' }, true],
    ['pageText does not contain', { type: 'pageText', op: 'contains', value: 'refund' }, false],
    ['url contains', { type: 'url', op: 'contains', value: '/Case/' }, true],
    ['url matches', { type: 'url', op: 'matches', value: '^https://crm\\.example\\.com/' }, true],
    ['url does not match', { type: 'url', op: 'matches', value: 'zendesk' }, false],
    ['repeatContact', { type: 'repeatContact' }, true],
    ['signal logged', { type: 'signal', signal: 'transfer' }, true],
    ['signal not logged', { type: 'signal', signal: 'hold' }, false],
    ['always', { type: 'always' }, true],
  ])('%s → %s', (_name, condition, expected) => {
    expect(leafMatches(condition, context)).toBe(expected);
  });

  it('treats a missing category, page text or URL as no match', () => {
    const empty = makeContext();
    expect(leafMatches({ type: 'category', anyOf: ['x'] }, empty)).toBe(false);
    expect(leafMatches({ type: 'pageText', op: 'contains', value: 'x' }, empty)).toBe(false);
    expect(leafMatches({ type: 'url', op: 'contains', value: 'x' }, empty)).toBe(false);
    expect(leafMatches({ type: 'repeatContact' }, empty)).toBe(false);
  });
});

describe('trigger combinators', () => {
  const yes: TriggerCondition = { type: 'signal', signal: 'transfer' };
  const no: TriggerCondition = { type: 'signal', signal: 'hold' };
  const matches = (triggers: TriggerCondition) =>
    explainMatch(makeChecklist({ triggers }), context).matched;

  it.each<[string, TriggerCondition, boolean]>([
    ['all true', { all: [yes, yes] }, true],
    ['all with one false', { all: [yes, no] }, false],
    ['any with one true', { any: [no, yes] }, true],
    ['any all false', { any: [no, no] }, false],
    ['not false', { not: no }, true],
    ['not true', { not: yes }, false],
    ['nested', { all: [yes, { any: [no, { not: no }] }] }, true],
  ])('%s → %s', (_name, triggers, expected) => {
    expect(matches(triggers)).toBe(expected);
  });
});

describe('explainMatch', () => {
  it('lists every leaf with its path, result and negation', () => {
    const checklist = makeChecklist({
      triggers: {
        all: [
          { type: 'repeatContact' },
          { not: { type: 'signal', signal: 'hold' } },
          { any: [{ type: 'category', anyOf: ['Billing'] }, { type: 'always' }] },
        ],
      },
    });
    expect(explainMatch(checklist, context)).toEqual({
      matched: true,
      specificity: 1,
      conditions: [
        {
          path: '$.triggers.all[0]',
          condition: { type: 'repeatContact' },
          matched: true,
          negated: false,
        },
        {
          path: '$.triggers.all[1].not',
          condition: { type: 'signal', signal: 'hold' },
          matched: false,
          negated: true,
        },
        {
          path: '$.triggers.all[2].any[0]',
          condition: { type: 'category', anyOf: ['Billing'] },
          matched: false,
          negated: false,
        },
        {
          path: '$.triggers.all[2].any[1]',
          condition: { type: 'always' },
          matched: true,
          negated: false,
        },
      ],
    });
  });
});

describe('matchChecklists', () => {
  const always = makeChecklist({
    id: 'close',
    title: { en: 'Close' },
    triggers: { type: 'always' },
  });
  const oneLeaf = makeChecklist({
    id: 'transfer',
    title: { en: 'Transfer' },
    triggers: { type: 'signal', signal: 'transfer' },
  });
  const twoLeaves = makeChecklist({
    id: 'repeat-transfer',
    title: { en: 'Repeat transfer' },
    triggers: { all: [{ type: 'signal', signal: 'transfer' }, { type: 'repeatContact' }] },
  });
  const notMatching = makeChecklist({
    id: 'hold',
    title: { en: 'Hold' },
    triggers: { type: 'signal', signal: 'hold' },
  });
  const ids = (list: readonly { checklist: { id: string } }[]) => list.map((m) => m.checklist.id);

  it('ranks the most specific first and "always" last', () => {
    const result = matchChecklists([always, oneLeaf, notMatching, twoLeaves], context);
    expect(ids(result)).toEqual(['repeat-transfer', 'transfer', 'close']);
    expect(result.map((m) => m.specificity)).toEqual([2, 1, 0]);
  });

  it('breaks ties by priority, then by title in the agent language', () => {
    const a = makeChecklist({
      id: 'a',
      title: { en: 'Zeta', fr: 'Alpha' },
      triggers: { type: 'repeatContact' },
    });
    const b = makeChecklist({
      id: 'b',
      title: { en: 'Alpha', fr: 'Zeta' },
      triggers: { type: 'repeatContact' },
    });
    const c = makeChecklist({
      id: 'c',
      title: { en: 'Mid' },
      priority: 5,
      triggers: { type: 'repeatContact' },
    });
    expect(ids(matchChecklists([a, b, c], context))).toEqual(['c', 'b', 'a']);
    expect(ids(matchChecklists([a, b, c], { ...context, language: 'fr' }))).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('shows at most 3 by default, or the given limit', () => {
    const many = Array.from({ length: 5 }, (_, i) => makeChecklist({ id: `c${i}` }));
    expect(matchChecklists(many, context)).toHaveLength(3);
    expect(matchChecklists(many, context, { limit: 5 })).toHaveLength(5);
  });

  it('keeps only the highest version of an id', () => {
    const v1 = makeChecklist({ id: 'x', version: 1, title: { en: 'Old' } });
    const v3 = makeChecklist({ id: 'x', version: 3, title: { en: 'New' } });
    const v2 = makeChecklist({ id: 'x', version: 2, title: { en: 'Mid' } });
    const result = matchChecklists([v1, v3, v2], context);
    expect(result.map((m) => m.checklist.title.en)).toEqual(['New']);
  });

  it('excludes drafts unless previewing, and a draft never hides the published version', () => {
    const published = makeChecklist({ id: 'x', version: 1, title: { en: 'Published' } });
    const draft = makeChecklist({ id: 'x', version: 2, status: 'draft', title: { en: 'Draft' } });
    expect(matchChecklists([published, draft], context).map((m) => m.checklist.title.en)).toEqual([
      'Published',
    ]);
    expect(
      matchChecklists([published, draft], context, { includeDrafts: true }).map(
        (m) => m.checklist.title.en,
      ),
    ).toEqual(['Draft']);
  });

  it('does not fall back to an older version when the newest does not match', () => {
    const old = makeChecklist({ id: 'x', version: 1, triggers: { type: 'always' } });
    const current = makeChecklist({
      id: 'x',
      version: 2,
      triggers: { type: 'signal', signal: 'hold' },
    });
    expect(matchChecklists([old, current], context)).toEqual([]);
  });
});
