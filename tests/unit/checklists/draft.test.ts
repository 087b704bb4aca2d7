import { describe, expect, it } from 'vitest';
import { missingTranslations, type Checklist } from '@/lib/checklists';
import { validateChecklist } from '@/lib/db/checklists';
import { checklistOf, draftOf, moveItem, newDraft, newItem, slugify } from '@/lib/checklists/draft';
import { makeChecklist } from './fixtures';

describe('the editor draft', () => {
  it('round-trips a stored checklist', () => {
    const checklist = makeChecklist({
      description: { en: 'D' },
      items: [{ id: 'one', kind: 'offer', text: { en: 'T' }, wording: { fr: 'W' } }],
    });
    const { version: _v, updatedAt: _u, ...rest } = checklist;
    expect(checklistOf(draftOf(checklist))).toEqual(rest);
  });

  it('drops blank texts and category words, and takes the id from the title', () => {
    const draft = newDraft();
    draft.title = { en: '  ', fr: 'Changement d’adresse ' };
    draft.triggers = { any: [{ type: 'category', anyOf: ['Moving', ' ', ''] }] };
    draft.items[0] = { ...draft.items[0]!, text: { en: 'Ask' }, why: { en: '' }, wording: {} };
    const checklist = checklistOf(draft);
    expect(checklist).toEqual({
      id: 'changement-d-adresse',
      status: 'draft',
      title: { fr: 'Changement d’adresse' },
      triggers: { any: [{ type: 'category', anyOf: ['Moving'] }] },
      items: [{ id: 'item-1', kind: 'ask', text: { en: 'Ask' } }],
    });
    expect(
      validateChecklist({ ...checklist, version: 1, updatedAt: '2025-01-01T00:00:00Z' }).ok,
    ).toBe(true);
    expect(missingTranslations(checklist as Checklist)).toEqual([
      '$.title.en',
      '$.title.fi',
      '$.items[0].text.fr',
      '$.items[0].text.fi',
    ]);
  });

  it('gives new items unused ids and moves items with clamping', () => {
    const items = [newItem([])];
    items.push(newItem(items));
    expect(items.map((i) => i.id)).toEqual(['item-1', 'item-2']);
    expect(newItem([{ ...items[1]! }]).id).toBe('item-3');
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
  });

  it('slugifies accents and punctuation', () => {
    expect(slugify('Osoitteenmuutos: uusi kortti!')).toBe('osoitteenmuutos-uusi-kortti');
  });
});
