// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { loadDefaultChecklistPack } from '@/lib/checklists';
import { latestChecklist, saveChecklistVersion, setChecklistStatus } from '@/lib/db/checklists';
import { pullChecklists, publishChecklist } from '@/lib/sync/checklists';
import { testConnection } from '@/lib/sync/connection';
import { mergeTeamContacts, teamContacts } from '@/lib/sync/contacts';
import { customerKey as makeKey, useCollector } from '../../server/harness';
import { freshDb } from './helpers';

const fetchFn = (input: string, init?: RequestInit) => fetch(input, init);

/** Issue 6: checklists, repeat lookup and "Test connection" against the real collector. */
describe('collector features of the sync client', () => {
  const collector = useCollector('pglite');

  it('publishes a trainer checklist, refuses a stale one, and agents pull it with ETags', async () => {
    const trainerDb = freshDb();
    const [sample] = loadDefaultChecklistPack().checklists;
    const saved = await saveChecklistVersion(trainerDb, { ...sample!, id: 'team-billing' });
    expect(saved.ok).toBe(true);
    const published = await setChecklistStatus(trainerDb, 'team-billing', 'published');
    const version = published.ok ? published.checklist.version : 0;
    const trainer = { url: collector.url, token: collector.token('team-a', 'trainer', 't-1') };
    expect(await publishChecklist(trainerDb, fetchFn, trainer, 'team-billing', version)).toEqual({
      status: 'published',
      version,
    });
    expect(await publishChecklist(trainerDb, fetchFn, trainer, 'team-billing', 1)).toEqual({
      status: 'stale',
      version,
    });

    const agentDb = freshDb();
    const agent = { url: collector.url, token: collector.token('team-a', 'agent', 'a-1') };
    expect(await pullChecklists(agentDb, fetchFn, agent)).toEqual({
      status: 'updated',
      added: 1,
      invalid: 0,
    });
    const pulled = await latestChecklist(agentDb, 'team-billing');
    expect(pulled?.status).toBe('published');
    // Nothing changed: a 304, nothing imported.
    expect(await pullChecklists(agentDb, fetchFn, agent)).toEqual({ status: 'unchanged' });
    // Another team sees nothing.
    const other = { url: collector.url, token: collector.token('team-b', 'agent') };
    expect(await pullChecklists(freshDb(), fetchFn, other)).toEqual({
      status: 'updated',
      added: 0,
      invalid: 0,
    });
  });

  it('finds the team history of a customer key and widens the local repeat summary', async () => {
    const key = makeKey();
    const agent = { url: collector.url, token: collector.token('team-a', 'agent', 'a-2') };
    const earlier = {
      id: crypto.randomUUID(),
      type: 'interaction_started',
      at: new Date(Date.now() - 2 * 86_400_000).toISOString(),
      interactionId: crypto.randomUUID(),
      customerKey: key,
      attributes: { channel: 'chat', category: 'Billing' },
    };
    await collector.request('POST', '/v1/events', {
      token: agent.token,
      body: { clientId: 'other-agent', events: [earlier] },
    });
    const contacts = await teamContacts(fetchFn, agent, key, 7);
    expect(contacts).toHaveLength(1);
    const now = { id: crypto.randomUUID(), startedAt: Date.now() };
    const merged = mergeTeamContacts({ count: 1, windowDays: 7 }, contacts!, now, new Set());
    expect(merged).toMatchObject({ count: 2, last: { channel: 'chat', category: 'Billing' } });
    // Already known locally: not counted twice.
    const known = new Set([earlier.interactionId]);
    expect(mergeTeamContacts({ count: 2, windowDays: 7 }, contacts!, now, known).count).toBe(2);
    // Unreachable collector: null, quickly, never an exception.
    expect(await teamContacts(fetchFn, { ...agent, url: 'http://127.0.0.1:9' }, key, 7)).toBeNull();
  });

  it('tests a connection step by step with precise problems', async () => {
    const agentToken = collector.token('team-a', 'agent');
    expect(await testConnection(fetchFn, { url: collector.url, token: agentToken })).toEqual({
      ok: true,
      problem: null,
      detail: '',
    });
    const check = (url: string, token: string) => testConnection(fetchFn, { url, token });
    expect((await check('not a url', agentToken)).problem).toBe('invalid-url');
    expect((await check('http://127.0.0.1:9', agentToken)).problem).toBe('unreachable');
    expect((await check(collector.url, 'eff1.bad.token')).problem).toBe('unauthorized');
    expect((await check(collector.url, collector.token('team-a', 'lead'))).problem).toBe(
      'forbidden',
    );
    expect(await collector.eventCount()).toBe(0);
  });
});
