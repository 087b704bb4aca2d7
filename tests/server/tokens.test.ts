// @vitest-environment node
import { createHmac } from 'node:crypto';
import { Hono } from 'hono';
import { decode, sign } from 'hono/jwt';
import { describe, expect, it } from 'vitest';
import { requireRole, signToken, verifyToken } from '../../server/collector/auth';
import { testToken } from './harness';

const secret = new TextEncoder().encode('effortless-legacy-token-fixture-secret-0001');

/** Made by the collector before issue 15 (hand-written `eff1.` format) with `secret` above. */
const LEGACY = {
  agent:
    'eff1.eyJqdGkiOiI3ODkyZGUzYy1jMTZiLTQ2YjMtOGFhZS1jMzFiYTRiNTkwZmYiLCJ0ZWFtIjoidGVhbS1hIiwicm9sZSI6ImFnZW50IiwiYWdlbnQiOiJhLTE3IiwiaWF0IjoxNzk2Mzk4MDg3fQ.sSPnJLpyxFjMEJgrikfPfclMOBPLi4wTXnq0dWZfVfg',
  expiredLead:
    'eff1.eyJqdGkiOiIyZjY3ZjA0Yy1hMGY0LTQ5MDYtYWE4Yy0yODg0ZGZhYmEwMjUiLCJ0ZWFtIjoidGVhbS1hIiwicm9sZSI6ImxlYWQiLCJpYXQiOjE3OTYzOTgwODcsImV4cCI6MTc5NjMxMTY4N30.IV4hDzWyoxvIhM9rS4h3i4W22IGAtsFiqDJrXLcTGgI',
};

/** GET / behind requireRole(agent), answering with the claims it saw. */
const app = new Hono()
  .use(requireRole(secret, 'agent'))
  .get('/', (c) => c.json(c.get('claims' as never)));
const get = async (token: string) => {
  const response = await app.request('/', { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('collector tokens (HS256 JWTs through hono/jwt)', () => {
  it('signs a standard JWT with the claims role, team, agent, jti, iat, exp', async () => {
    const token = await signToken(secret, {
      team: 'team-a',
      role: 'agent',
      agent: 'a-17',
      days: 2,
    });
    const { header, payload } = decode(token);
    expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(payload).toMatchObject({ team: 'team-a', role: 'agent', agent: 'a-17' });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(2 * 86_400);
    expect(await verifyToken(secret, token)).toEqual(payload);
    expect(await get(token)).toMatchObject({ status: 200, body: { agent: 'a-17' } });
  });

  it('accepts what another HS256 encoder makes with the same secret (the test harness)', async () => {
    const token = testToken(secret, { team: 'team-a', role: 'agent' });
    expect(await verifyToken(secret, token)).toMatchObject({ team: 'team-a', role: 'agent' });
  });

  it('still accepts tokens minted in the old eff1 format, and their expiry', async () => {
    expect(await get(LEGACY.agent)).toMatchObject({
      status: 200,
      body: { team: 'team-a', role: 'agent', agent: 'a-17' },
    });
    expect(await verifyToken(secret, LEGACY.expiredLead)).toMatchObject({ role: 'lead' });
    // Changes a signature byte (the last character also holds padding bits base64url ignores).
    const forged = LEGACY.agent.replace(/.(.{5})$/, (_, tail: string) => `A${tail}`);
    expect(await verifyToken(secret, forged)).toBeNull();
    expect(await verifyToken(new TextEncoder().encode('x'.repeat(43)), LEGACY.agent)).toBeNull();
  });

  it('says "token expired" only about a token whose signature holds', async () => {
    const expired = await signToken(secret, { team: 'team-a', role: 'agent', days: -1 });
    expect(await get(expired)).toEqual({ status: 401, body: { error: 'token expired' } });
    const [header, payload] = expired.split('.');
    expect(await get(`${header}.${payload}.${'A'.repeat(43)}`)).toEqual({
      status: 401,
      body: { error: 'invalid token' },
    });
  });

  it('refuses another algorithm, unsigned tokens and claims outside the schema', async () => {
    const claims = { jti: 'abcdefgh-1', team: 'team-a', role: 'agent', iat: 1 };
    const part = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const unsigned = `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
    const hs512 = `${part({ alg: 'HS512', typ: 'JWT' })}.${part(claims)}`;
    const signed512 = `${hs512}.${createHmac('sha512', secret).update(hs512).digest('base64url')}`;
    const admin = await sign(
      { ...claims, role: 'admin' },
      'effortless-legacy-token-fixture-secret-0001',
    );
    const extra = await sign(
      { ...claims, scope: 'all' },
      'effortless-legacy-token-fixture-secret-0001',
    );
    for (const token of [unsigned, signed512, admin, extra, 'eff1.nope.nope', 'a.b.c']) {
      expect(await verifyToken(secret, token), token).toBeNull();
    }
    expect(
      await verifyToken(secret, await sign(claims, 'effortless-legacy-token-fixture-secret-0001')),
    ).toEqual(claims);
  });
});
