// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SyncEvent } from '../../lib/sync/schema';
import { overviewResponseSchema } from '../../server/collector/reports/overview-schema';
import { customerKey, DATABASES, makeEvent, upload, useCollector } from './harness';

const DAY = 86_400_000;
const now = Date.now();
const window = `from=${new Date(now - 7 * DAY).toISOString()}&to=${new Date(now).toISOString()}`;

const started = (hoursAgo: number): SyncEvent =>
  makeEvent({
    type: 'interaction_started',
    at: new Date(now - hoursAgo * 3_600_000).toISOString(),
    interactionId: randomUUID(),
    customerKey: customerKey(),
    attributes: { channel: 'phone' },
  });

/** Who sees what of GET /v1/reports/overview, and what a bad parameter gets (issue 10). */
describe.each(DATABASES)('overview scoping on %s', (kind) => {
  const collector = useCollector(kind);
  const send = (team: string, agent: string, count: number) =>
    collector.request('POST', '/v1/events', {
      token: collector.token(team, 'agent', agent),
      body: upload(Array.from({ length: count }, (_, i) => started(i + 1))),
    });
  const overview = (team: string, role: 'lead' | 'agent' | 'trainer', agent?: string, q = '') =>
    collector.request('GET', `/v1/reports/overview?${window}${q}`, {
      token: collector.token(team, role, agent),
    });

  it('shows a lead its team only, an agent itself only, a trainer nothing', async () => {
    await send('team-a', 'a1', 3);
    await send('team-a', 'a2', 2);
    await send('team-b', 'b1', 5);
    const lead = overviewResponseSchema.parse((await overview('team-a', 'lead')).body);
    expect(lead.interactions).toBe(5);
    expect(overviewResponseSchema.parse((await overview('team-b', 'lead')).body).interactions).toBe(
      5,
    );
    expect((await overview('team-c', 'lead')).body).toMatchObject({ interactions: 0 });
    expect((await overview('team-a', 'lead', undefined, '&agent=a2')).body).toMatchObject({
      interactions: 2,
    });
    // A lead of team A naming team B's agent sees nothing of B.
    expect((await overview('team-a', 'lead', undefined, '&agent=b1')).body).toMatchObject({
      interactions: 0,
    });
    expect((await overview('team-a', 'agent', 'a1')).body).toMatchObject({ interactions: 3 });
    expect((await overview('team-a', 'agent', 'a1', '&agent=a1')).body).toMatchObject({
      interactions: 3,
    });
    const other = await overview('team-a', 'agent', 'a1', '&agent=a2');
    expect(other.status).toBe(403);
    expect(String(other.body.error)).toMatch(/^agent:/);
    expect((await overview('team-a', 'trainer')).status).toBe(403);
    expect((await overview('team-a', 'agent')).status).toBe(403); // a token naming no agent
  });

  it.each([
    ['from', 'from=yesterday&to=2026-01-01T00:00:00Z'],
    ['to', 'from=2026-01-01T00:00:00Z'],
    ['to', 'from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z'],
    ['to', 'from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z'],
    ['channel', `${window}&channel=pigeon`],
    ['agent', `${window}&agent=${encodeURIComponent('a b')}`],
    ['category', `${window}&category=`],
    ['days', `${window}&days=7`],
  ])('answers 400 naming %s for ?%s', async (name, query) => {
    const reply = await collector.request('GET', `/v1/reports/overview?${query}`, {
      token: collector.token('team-a', 'lead'),
    });
    expect(reply.status).toBe(400);
    expect(String(reply.body.error)).toContain(name);
  });
});
