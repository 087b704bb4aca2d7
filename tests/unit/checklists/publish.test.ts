import { describe, expect, it } from 'vitest';
import { checklistOf, newDraft } from '@/lib/checklists/draft';
import { draftProblems, shownProblems } from '@/lib/checklists/draft-problems';
import { publishOutcome } from '@/lib/checklists/publish';
import { publishTarget } from '@/lib/sync/checklists';

describe('publishing from the editor (issue 11, point 9)', () => {
  it('publishes with the trainer token, and never changes the agent token event sync uses', () => {
    const agent = { url: ' http://collector/ ', token: 'agent-token' };
    expect(publishTarget(agent, ' trainer-token ')).toEqual({
      url: 'http://collector/',
      token: 'trainer-token',
    });
    expect(agent.token).toBe('agent-token');
    // A browser that only publishes keeps working with its one token.
    expect(publishTarget(agent, '')).toEqual({ url: 'http://collector/', token: 'agent-token' });
  });

  it('says whether agents got it, and why not', () => {
    const key = (reply: Parameters<typeof publishOutcome>[0]) => publishOutcome(reply).key;
    expect(publishOutcome({ status: 'published', version: 4 })).toEqual({
      reachedAgents: true,
      key: 'publishedToCollector',
      params: { version: 4 },
    });
    expect(key({ status: 'not-configured' })).toBe('publishNotConfigured');
    expect(key({ status: 'stale', version: 9 })).toBe('publishStale');
    expect(key({ status: 'failed', detail: 'HTTP 403: this needs the trainer role' })).toBe(
      'publishForbidden',
    );
    expect(key({ status: 'failed', detail: 'HTTP 401: invalid token' })).toBe(
      'publishUnauthorized',
    );
    expect(key({ status: 'failed', detail: 'cannot reach the collector (TypeError)' })).toBe(
      'publishUnreachable',
    );
    expect(key({ status: 'failed', detail: 'HTTP 500' })).toBe('publishFailed');
  });
});

describe('problems shown while editing (issue 11, point 9)', () => {
  it('shows none on a blank new checklist, those the trainer touched, then all after Save', () => {
    const pristine = newDraft();
    const errors = draftProblems(checklistOf(pristine), { isNew: true, takenIds: [] });
    expect(errors.length).toBeGreaterThan(0);
    expect(shownProblems(errors, pristine, pristine, false)).toEqual([]);

    const typed = { ...pristine, title: { en: 'Moving' } };
    const now = draftProblems(checklistOf(typed), { isNew: true, takenIds: ['moving'] });
    expect(shownProblems(now, typed, pristine, false).map((e) => e.path)).toEqual(['$.id']);
    expect(shownProblems(now, typed, pristine, true).map((e) => e.path)).toEqual([
      '$.id',
      '$.items[0].text',
      '$.triggers.any[0].anyOf',
    ]);
  });
});
