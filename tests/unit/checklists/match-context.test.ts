import { describe, expect, it } from 'vitest';
import { explainMatch } from '@/lib/checklists';
import { isRepeatContact, testerContext } from '@/lib/checklists/match-context';
import type { TabContext } from '@/lib/tabs/tab-context';
import { makeChecklist } from './fixtures';

describe('isRepeatContact (shared by the side panel and the live tester)', () => {
  it('counts the current contact: 1 is a first contact, 2 or more a repeat', () => {
    expect(isRepeatContact(undefined)).toBe(false);
    expect(isRepeatContact({ count: 1 })).toBe(false);
    expect(isRepeatContact({ count: 2 })).toBe(true);
    expect(isRepeatContact({ count: 5 })).toBe(true);
  });
});

describe('the live tester context', () => {
  const tab: TabContext = {
    tabId: 4,
    capturedAt: 1,
    url: 'http://127.0.0.1:4310/cases/CS-10482',
    title: 'CS-10482 | Case | Demo CRM',
    kind: 'record',
    fields: [{ key: 'caseId', value: 'CS-10482', label: 'Case', confidence: 1, source: 'label' }],
  };
  const checklist = makeChecklist({
    triggers: {
      all: [
        { type: 'pageText', op: 'contains', value: 'address change' },
        { type: 'field', key: 'caseId', op: 'present' },
        { type: 'url', op: 'contains', value: '/cases/' },
      ],
    },
  });

  it('maps the tab: fields, url, live page text; interaction parts from the open interaction', () => {
    const context = testerContext({
      tab,
      pageText: 'Category Address change',
      interaction: { category: 'Billing', repeat: { count: 2, windowDays: 7 } },
      signals: ['transfer'],
      simulation: {},
      language: 'fr',
    });
    expect(context).toEqual({
      fields: [{ key: 'caseId', value: 'CS-10482' }],
      url: tab.url,
      pageText: 'Category Address change',
      category: 'Billing',
      repeatContact: true,
      signals: ['transfer'],
      language: 'fr',
    });
    expect(explainMatch(checklist, context).matched).toBe(true);
  });

  it('does not fire a repeat-contact trigger on a first contact, as the side panel does not', () => {
    const repeatOnly = makeChecklist({ triggers: { type: 'repeatContact' } });
    const first = testerContext({
      tab,
      pageText: '',
      interaction: { category: 'Billing', repeat: { count: 1, windowDays: 7 } },
      signals: [],
      simulation: {},
      language: 'en',
    });
    expect(first.repeatContact).toBe(false);
    expect(explainMatch(repeatOnly, first).matched).toBe(false);
  });

  it('falls back to the title and captured values, and lets the trainer simulate', () => {
    const context = testerContext({
      tab,
      pageText: null,
      signals: [],
      simulation: { category: 'Address change', repeatContact: false, signals: ['hold'] },
      language: 'en',
    });
    expect(context.pageText).toBe('CS-10482 | Case | Demo CRM\nCase: CS-10482');
    expect(context).toMatchObject({
      category: 'Address change',
      repeatContact: false,
      signals: ['hold'],
    });
    const result = explainMatch(checklist, context);
    expect(result.conditions.map((c) => c.matched)).toEqual([false, true, true]);
  });
});
