// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checklistListResponseSchema } from '../../lib/sync/schema';
import { DATABASES, useCollector } from './harness';

const checklist = (title: string) => ({
  id: 'address-change',
  title: { en: title },
  items: [{ id: 'new-checks', text: { en: 'Offer new checks with the new address' } }],
});

/** Trainers publish through the collector; agents pull with ETag revalidation (issue 6). */
describe.each(DATABASES)('checklists on %s', (kind) => {
  const collector = useCollector(kind);
  const trainer = () => collector.token('team-a', 'trainer', 'trainer-1');
  const agent = () => collector.token('team-a', 'agent', 'agent-1');
  const publish = (id: string, version: number, body: object, token = trainer()) =>
    collector.request('PUT', `/v1/checklists/${id}`, { token, body: { version, checklist: body } });

  it('publishes a checklist that agents of the team then pull', async () => {
    const published = await publish('address-change', 1, checklist('Address change'));
    expect(published).toMatchObject({ status: 200, body: { id: 'address-change', version: 1 } });

    const pulled = await collector.request('GET', '/v1/checklists', { token: agent() });
    expect(pulled.status).toBe(200);
    const { checklists } = checklistListResponseSchema.parse(pulled.body);
    expect(checklists).toEqual([
      {
        id: 'address-change',
        version: 1,
        checklist: checklist('Address change'),
        publishedAt: expect.any(String),
      },
    ]);
    expect(Date.parse(checklists[0]?.publishedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
  });

  it('answers 304 to a matching If-None-Match, and a new ETag once something is published', async () => {
    await publish('address-change', 1, checklist('v1'));
    const first = await collector.request('GET', '/v1/checklists', { token: agent() });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);

    const same = await collector.request('GET', '/v1/checklists', {
      token: agent(),
      headers: { 'if-none-match': etag },
    });
    expect(same.status).toBe(304);
    const weak = await collector.request('GET', '/v1/checklists', {
      token: agent(),
      headers: { 'if-none-match': `"other", W/${etag}` },
    });
    expect(weak.status).toBe(304);
    // What the 304 keeps (hono/etag): the tag and Cache-Control, no body.
    const any = await collector.request('GET', '/v1/checklists', {
      token: agent(),
      headers: { 'if-none-match': '*' },
    });
    expect(any).toMatchObject({ status: 304, body: {} });
    expect(any.headers.get('etag')).toBe(etag);
    expect(any.headers.get('cache-control')).toBe('private, no-cache');
    const refused = await collector.request('GET', '/v1/checklists', {
      headers: { 'if-none-match': etag },
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('etag')).toBeNull();

    await publish('address-change', 2, checklist('v2'));
    const changed = await collector.request('GET', '/v1/checklists', {
      token: agent(),
      headers: { 'if-none-match': etag },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(checklistListResponseSchema.parse(changed.body).checklists[0]?.version).toBe(2);
  });

  it('refuses a stale or equal version with 409 and the stored version, keeping the stored body', async () => {
    await publish('address-change', 3, checklist('v3'));
    for (const version of [3, 2]) {
      const stale = await publish('address-change', version, checklist('stale'));
      expect(stale).toMatchObject({ status: 409, body: { version: 3, error: expect.any(String) } });
    }
    const pulled = await collector.request('GET', '/v1/checklists', { token: agent() });
    expect(checklistListResponseSchema.parse(pulled.body).checklists[0]?.checklist).toEqual(
      checklist('v3'),
    );
  });

  it('lets exactly one of two trainers publishing the same version at once win', async () => {
    const replies = await Promise.all([
      publish('race', 1, { by: 'a' }),
      publish('race', 1, { by: 'b' }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("keeps each team's checklists to that team, even under the same id", async () => {
    await publish('address-change', 5, checklist('team A'));
    await publish('address-change', 1, checklist('team B'), collector.token('team-b', 'trainer'));
    const teamB = await collector.request('GET', '/v1/checklists', {
      token: collector.token('team-b', 'agent'),
    });
    expect(checklistListResponseSchema.parse(teamB.body).checklists).toEqual([
      expect.objectContaining({ version: 1, checklist: checklist('team B') }),
    ]);
    const teamC = await collector.request('GET', '/v1/checklists', {
      token: collector.token('team-c', 'agent'),
    });
    expect(teamC.body).toEqual({ checklists: [] });
    // Team A's ETag tells team C nothing either: it is over team C's own (empty) list.
    const etagA =
      (await collector.request('GET', '/v1/checklists', { token: agent() })).headers.get('etag') ??
      '';
    const probe = await collector.request('GET', '/v1/checklists', {
      token: collector.token('team-c', 'agent'),
      headers: { 'if-none-match': etagA },
    });
    expect(probe.status).toBe(200);
  });
});
