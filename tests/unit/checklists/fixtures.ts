import type { Checklist, MatchContext, TriggerCondition } from '@/lib/checklists';

/** A minimal valid checklist; override what a test is about. */
export function makeChecklist(overrides: Partial<Checklist> = {}): Checklist {
  return {
    id: 'sample',
    version: 1,
    status: 'published',
    updatedAt: '2025-01-15T09:00:00Z',
    title: { en: 'Sample' },
    triggers: { type: 'always' } as TriggerCondition,
    items: [{ id: 'one', kind: 'ask', text: { en: 'Ask it' } }],
    ...overrides,
  };
}

/** A valid pack as plain JSON, to be broken by parse tests. */
export function validPackJson() {
  return {
    format: 'effortless-checklists',
    formatVersion: 1,
    checklists: [makeChecklist({ id: 'first' }), makeChecklist({ id: 'second' })],
  } as Record<string, unknown> & { checklists: Record<string, unknown>[] };
}

/** An empty context: nothing captured, no signals. */
export function makeContext(overrides: Partial<MatchContext> = {}): MatchContext {
  return { fields: [], repeatContact: false, signals: [], language: 'en', ...overrides };
}
