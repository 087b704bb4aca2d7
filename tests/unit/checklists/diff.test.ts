import { describe, expect, it } from 'vitest';
import { describeTrigger, diffChecklists } from '@/lib/checklists/diff';
import { makeChecklist } from './fixtures';

describe('diffChecklists', () => {
  it('finds no difference between two versions of the same content', () => {
    const a = makeChecklist();
    expect(diffChecklists(a, { ...a, version: 2, updatedAt: '2026-01-01T00:00:00Z' })).toEqual([]);
  });

  it('reports title and description per language', () => {
    const before = makeChecklist({ title: { en: 'Move', fr: 'Déménager' } });
    const after = makeChecklist({
      title: { en: 'Moving', fi: 'Muutto' },
      description: { en: 'Why it matters' },
    });
    expect(diffChecklists(before, after)).toEqual([
      { path: '$.title.en', kind: 'changed', language: 'en', before: 'Move', after: 'Moving' },
      { path: '$.title.fr', kind: 'removed', language: 'fr', before: 'Déménager' },
      { path: '$.title.fi', kind: 'added', language: 'fi', after: 'Muutto' },
      { path: '$.description.en', kind: 'added', language: 'en', after: 'Why it matters' },
    ]);
  });

  it('reports status, priority and triggers in words', () => {
    const before = makeChecklist({ status: 'draft' });
    const after = makeChecklist({
      priority: 5,
      triggers: { any: [{ type: 'category', anyOf: ['Billing'] }, { type: 'repeatContact' }] },
    });
    expect(diffChecklists(before, after)).toEqual([
      { path: '$.status', kind: 'changed', before: 'draft', after: 'published' },
      { path: '$.priority', kind: 'added', after: '5' },
      {
        path: '$.triggers',
        kind: 'changed',
        before: 'always',
        after: 'any(category any of "Billing"; repeat contact)',
      },
    ]);
  });

  it('matches items by id: added, removed, changed per field and language, reordered', () => {
    const before = makeChecklist({
      items: [
        { id: 'a', kind: 'ask', text: { en: 'A', fr: 'A fr' } },
        { id: 'b', kind: 'do', text: { en: 'B' } },
        { id: 'gone', kind: 'say', text: { en: 'Gone' } },
      ],
    });
    const after = makeChecklist({
      items: [
        { id: 'b', kind: 'offer', text: { en: 'B' }, why: { fi: 'Koska' } },
        { id: 'a', kind: 'ask', text: { en: 'A', fr: 'A français' } },
        { id: 'new', kind: 'ask', text: { fr: 'Nouveau' } },
      ],
    });
    expect(diffChecklists(before, after)).toEqual([
      { path: '$.items[0].kind', kind: 'changed', itemId: 'b', before: 'do', after: 'offer' },
      {
        path: '$.items[0].why.fi',
        kind: 'added',
        language: 'fi',
        itemId: 'b',
        after: 'Koska',
      },
      {
        path: '$.items[1].text.fr',
        kind: 'changed',
        language: 'fr',
        itemId: 'a',
        before: 'A fr',
        after: 'A français',
      },
      { path: '$.items[2]', kind: 'added', itemId: 'new', after: 'Nouveau' },
      { path: '$.items[2]', kind: 'removed', itemId: 'gone', before: 'Gone' },
      { path: '$.items', kind: 'changed', before: 'a, b', after: 'b, a' },
    ]);
  });
});

describe('describeTrigger', () => {
  it('reads every condition type', () => {
    expect(
      describeTrigger({
        all: [
          { type: 'field', key: 'email', op: 'present' },
          { type: 'field', key: 'caseId', op: 'equals', value: 'CS-1' },
          { type: 'field', key: 'phone', op: 'matches', value: '^\\+33' },
          { not: { type: 'signal', signal: 'transfer' } },
          { type: 'pageText', op: 'contains', value: 'Address' },
          { type: 'url', op: 'matches', value: '/cases/' },
          { type: 'always' },
        ],
      }),
    ).toBe(
      'all(field email present; field caseId = "CS-1"; field phone matches /^\\+33/; not(signal transfer); pageText contains "Address"; url matches //cases//; always)',
    );
  });
});
