import { randomBytes } from 'node:crypto';
import { signToken } from '../../server/collector/auth';
import { makeEvent, upload, type Collector } from './harness';

/** One whole-request problem and the status it must get. */
export interface Case {
  name: string;
  status: number;
  send: (c: Collector) => ReturnType<Collector['request']>;
}

export const agent = (c: Collector) => c.token('team-a', 'agent', 'agent-1');
export const post = (
  c: Collector,
  body: unknown,
  token = agent(c),
  headers?: Record<string, string>,
) => c.request('POST', '/v1/events', { token, body, ...(headers && { headers }) });

/** Whole-request problems: the right 4xx, and not one row stored (issue 6, "Bad input"). */
export const CASES: Case[] = [
  { name: 'malformed JSON', status: 400, send: (c) => post(c, '{"clientId": "x", "events": [') },
  { name: 'a JSON array', status: 400, send: (c) => post(c, [makeEvent()]) },
  { name: 'null', status: 400, send: (c) => post(c, 'null') },
  {
    name: 'events not an array',
    status: 400,
    send: (c) => post(c, { clientId: 'x', events: makeEvent() }),
  },
  {
    name: 'clientId a number',
    status: 400,
    send: (c) => post(c, { clientId: 7, events: [makeEvent()] }),
  },
  { name: 'clientId missing', status: 400, send: (c) => post(c, { events: [makeEvent()] }) },
  {
    name: 'an unknown top-level field',
    status: 400,
    send: (c) => post(c, { ...upload([makeEvent()]), extra: 1 }),
  },
  {
    name: 'an event id a number',
    status: 400,
    send: (c) => post(c, upload([{ ...makeEvent(), id: 12 }])),
  },
  { name: 'an event a string', status: 400, send: (c) => post(c, upload(['event'])) },
  {
    name: 'a body over 1 MB',
    status: 413,
    send: (c) => post(c, upload([makeEvent({ attributes: { pad: 'x'.repeat(1_100_000) } })])),
  },
  {
    name: '501 events',
    status: 413,
    send: (c) => post(c, upload(Array.from({ length: 501 }, () => makeEvent()))),
  },
  {
    name: 'not declared as JSON',
    status: 415,
    send: (c) =>
      post(c, JSON.stringify(upload([makeEvent()])), agent(c), { 'content-type': 'text/plain' }),
  },
  {
    name: 'no token',
    status: 401,
    send: (c) => c.request('POST', '/v1/events', { body: upload([makeEvent()]) }),
  },
  {
    name: 'a garbage token',
    status: 401,
    send: (c) => post(c, upload([makeEvent()]), 'eff1.nope.nope'),
  },
  {
    name: 'a token signed with another secret',
    status: 401,
    send: async (c) =>
      post(
        c,
        upload([makeEvent()]),
        await signToken(randomBytes(32), { team: 'team-a', role: 'agent' }),
      ),
  },
  {
    name: 'an expired token',
    status: 401,
    send: async (c) =>
      post(
        c,
        upload([makeEvent()]),
        await signToken(c.secret, { team: 'team-a', role: 'agent', agent: 'agent-1', days: -1 }),
      ),
  },
  {
    name: 'a token with a forged role',
    status: 401,
    send: (c) => {
      const [prefix, payload, mac] = agent(c).split('.');
      const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object;
      const forged = Buffer.from(JSON.stringify({ ...claims, role: 'trainer' })).toString(
        'base64url',
      );
      return post(c, upload([makeEvent()]), `${prefix}.${forged}.${mac}`);
    },
  },
  {
    name: 'a lead posting events',
    status: 403,
    send: (c) => post(c, upload([makeEvent()]), c.token('team-a', 'lead')),
  },
  {
    name: 'a trainer posting events',
    status: 403,
    send: (c) => post(c, upload([makeEvent()]), c.token('team-a', 'trainer')),
  },
  {
    name: 'an agent publishing a checklist',
    status: 403,
    send: (c) =>
      c.request('PUT', '/v1/checklists/billing', {
        token: agent(c),
        body: { version: 1, checklist: {} },
      }),
  },
  {
    name: 'a lead publishing a checklist',
    status: 403,
    send: (c) =>
      c.request('PUT', '/v1/checklists/billing', {
        token: c.token('team-a', 'lead'),
        body: { version: 1, checklist: {} },
      }),
  },
  {
    name: 'an agent reading the summary',
    status: 403,
    send: (c) => c.request('GET', '/v1/summary', { token: agent(c) }),
  },
  {
    name: 'a trainer looking up contacts',
    status: 403,
    send: (c) =>
      c.request('GET', `/v1/customers/k1.${'a'.repeat(43)}/contacts`, {
        token: c.token('team-a', 'trainer'),
      }),
  },
  {
    name: 'a checklist over 64 KB',
    status: 413,
    send: (c) =>
      c.request('PUT', '/v1/checklists/big', {
        token: c.token('team-a', 'trainer'),
        body: { version: 1, checklist: { items: 'x'.repeat(80_000) } },
      }),
  },
  {
    name: 'a checklist version that is not an integer',
    status: 400,
    send: (c) =>
      c.request('PUT', '/v1/checklists/billing', {
        token: c.token('team-a', 'trainer'),
        body: { version: '2', checklist: {} },
      }),
  },
  {
    name: 'a checklist id with a space',
    status: 400,
    send: (c) =>
      c.request('PUT', '/v1/checklists/a%20b', {
        token: c.token('team-a', 'trainer'),
        body: { version: 1, checklist: {} },
      }),
  },
  {
    name: 'a summary window backwards',
    status: 400,
    send: (c) =>
      c.request('GET', '/v1/summary?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', {
        token: c.token('team-a', 'lead'),
      }),
  },
  {
    name: 'a contacts lookup by a raw email',
    status: 400,
    send: (c) =>
      c.request('GET', '/v1/customers/jane.doe@example.com/contacts', { token: agent(c) }),
  },
  {
    name: 'contacts over too many days',
    status: 400,
    send: (c) =>
      c.request('GET', `/v1/customers/k1.${'a'.repeat(43)}/contacts?days=9999`, {
        token: agent(c),
      }),
  },
];
