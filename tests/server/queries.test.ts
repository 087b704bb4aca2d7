// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contactsResponseSchema,
  summaryResponseSchema,
  type SyncEvent,
} from '../../lib/sync/schema';
import { customerKey, DATABASES, makeEvent, upload, useCollector } from './harness';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/** An interaction as the extension logs it: started, some signals, ended. */
function interaction(
  key: string,
  startedMsAgo: number,
  extra: { channel: string; category?: string; outcome?: string; signals?: string[] },
): SyncEvent[] {
  const interactionId = randomUUID();
  const base = { interactionId, customerKey: key };
  return [
    makeEvent({
      ...base,
      type: 'interaction_started',
      at: ago(startedMsAgo),
      attributes: { channel: extra.channel, ...(extra.category && { category: extra.category }) },
    }),
    ...(extra.signals ?? []).map((type) =>
      makeEvent({ ...base, type, at: ago(startedMsAgo - 60_000) }),
    ),
    ...(extra.outcome
      ? [
          makeEvent({
            ...base,
            type: 'interaction_ended',
            at: ago(startedMsAgo - 120_000),
            attributes: { outcome: extra.outcome },
          }),
        ]
      : []),
  ];
}

/** Leads' summary and the agents' repeat-contact lookup, both scoped to the token's team. */
describe.each(DATABASES)('summary and contacts on %s', (kind) => {
  const collector = useCollector(kind);
  const send = (team: string, events: SyncEvent[]) =>
    collector.request('POST', '/v1/events', {
      token: collector.token(team, 'agent', 'a1'),
      body: upload(events),
    });

  it("counts the lead's team's events, interactions and types within [from, to)", async () => {
    const key = customerKey();
    await send('team-a', [
      ...interaction(key, 2 * HOUR, {
        channel: 'phone',
        outcome: 'resolved',
        signals: ['transfer', 'transfer'],
      }),
      ...interaction(key, 1 * HOUR, { channel: 'chat', signals: ['hold'] }),
    ]);
    await send(
      'team-b',
      interaction(customerKey(), HOUR, { channel: 'email', signals: ['escalation'] }),
    );
    await send('team-a', interaction(key, 40 * 24 * HOUR, { channel: 'phone' })); // before the default window

    const reply = await collector.request('GET', '/v1/summary', {
      token: collector.token('team-a', 'lead'),
    });
    expect(reply.status).toBe(200);
    const summary = summaryResponseSchema.parse(reply.body);
    expect(summary).toMatchObject({
      eventCount: 6,
      interactionCount: 2,
      byType: { interaction_started: 2, interaction_ended: 1, transfer: 2, hold: 1 },
    });

    const from = ago(90 * 60_000);
    const narrow = await collector.request('GET', `/v1/summary?from=${from}&to=${ago(0)}`, {
      token: collector.token('team-a', 'lead'),
    });
    expect(summaryResponseSchema.parse(narrow.body)).toMatchObject({
      from,
      eventCount: 2,
      interactionCount: 1,
      byType: { interaction_started: 1, hold: 1 },
    });

    const other = await collector.request('GET', '/v1/summary', {
      token: collector.token('team-c', 'lead'),
    });
    expect(other.body).toMatchObject({ eventCount: 0, interactionCount: 0, byType: {} });
  });

  it("lists the team's contacts with one customer key in the window, newest first", async () => {
    const key = customerKey();
    const older = interaction(key, 3 * 24 * HOUR, {
      channel: 'phone',
      category: 'billing',
      outcome: 'transferred',
    });
    const newer = interaction(key, 2 * HOUR, { channel: 'chat', category: 'billing' });
    await send('team-a', [
      ...older,
      ...newer,
      ...interaction(key, 10 * 24 * HOUR, { channel: 'phone' }),
    ]);
    await send('team-a', interaction(customerKey(), HOUR, { channel: 'phone' }));

    const reply = await collector.request('GET', `/v1/customers/${key}/contacts`, {
      token: collector.token('team-a', 'agent'),
    });
    expect(reply.status).toBe(200);
    expect(contactsResponseSchema.parse(reply.body)).toEqual({
      customerKey: key,
      days: 7,
      contacts: [
        {
          interactionId: newer[0]?.interactionId,
          startedAt: newer[0]?.at,
          channel: 'chat',
          category: 'billing',
          outcome: null,
        },
        {
          interactionId: older[0]?.interactionId,
          startedAt: older[0]?.at,
          channel: 'phone',
          category: 'billing',
          outcome: 'transferred',
        },
      ],
    });
    const wider = await collector.request('GET', `/v1/customers/${key}/contacts?days=30`, {
      token: collector.token('team-a', 'lead'),
    });
    expect(contactsResponseSchema.parse(wider.body).contacts).toHaveLength(3);
  });

  it("never shows one team another team's contacts for the same key", async () => {
    const key = customerKey();
    await send('team-a', interaction(key, HOUR, { channel: 'phone' }));
    const reply = await collector.request('GET', `/v1/customers/${key}/contacts`, {
      token: collector.token('team-b', 'agent'),
    });
    expect(reply).toMatchObject({ status: 200, body: { contacts: [] } });
  });
});
