import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { sign, verify } from 'hono/jwt';
import { z } from 'zod';

export const ROLES = ['agent', 'lead', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

const NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

/** What a token says about its bearer (JWT claims; `jti`, `iat` and `exp` are the standard ones). */
export const claimsSchema = z.strictObject({
  /** Token id: tells tokens apart (rate limiting, audit) without storing them. */
  jti: z.string().min(8).max(64),
  team: z.string().regex(NAME, 'team is 1–64 letters, digits or _.:-'),
  role: z.enum(ROLES),
  agent: z.string().regex(NAME, 'agent is 1–64 letters, digits or _.:-').optional(),
  iat: z.int(),
  /** Expiry, seconds since the epoch; absent on tokens minted without `--days`. */
  exp: z.int().optional(),
});
export type Claims = z.infer<typeof claimsSchema>;

/** Hono variables set by `requireRole`. */
export interface AuthEnv {
  Variables: { claims: Claims };
}

const ALG = 'HS256';
const keys = new WeakMap<Uint8Array, Promise<CryptoKey>>();
/** The secret as an HMAC key, imported once per secret (hono/jwt would import a string per call). */
function keyOf(secret: Uint8Array): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      new Uint8Array(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    keys.set(secret, key);
  }
  return key;
}

/**
 * Makes a self-contained token, a JWT signed with HS256: the collector verifies it with its secret
 * alone, so tokens need no table and the CLI needs no database (see server/collector/README.md).
 *
 * @example await signToken(secret, { team: 'support-fi', role: 'agent', agent: 'a-17', days: 180 })
 */
export async function signToken(
  secret: Uint8Array,
  { days, ...input }: { team: string; role: Role; agent?: string; days?: number },
): Promise<string> {
  const iat = Math.floor(Date.now() / 1000);
  const claims = claimsSchema.parse({
    ...input,
    jti: randomUUID(),
    iat,
    ...(days !== undefined && { exp: iat + Math.round(days * 86_400) }),
  });
  return sign(claims, await keyOf(secret), ALG);
}

/**
 * Tokens minted before the collector used JWTs (`eff1.<base64url(claims)>.<base64url(HMAC-SHA-256
 * of "eff1.<claims>")>`, same claims, same secret): still accepted so agents need no new token.
 * Nothing mints them any more (issue 15).
 */
function legacyPayload(secret: Uint8Array, token: string): unknown {
  const [prefix, payload, signature, ...rest] = token.split('.');
  if (prefix !== 'eff1' || !payload || !signature || rest.length > 0) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = createHmac('sha256', secret).update(`eff1.${payload}`).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return JSON.parse(Buffer.from(payload, 'base64url').toString());
}

/**
 * The claims of a token this secret signed, or null (wrong shape, wrong signature, other
 * algorithm). Expiry is left to the caller, so it can say "token expired" rather than "invalid
 * token" — and only about a token whose signature holds.
 */
export async function verifyToken(secret: Uint8Array, token: string): Promise<Claims | null> {
  try {
    const payload = token.startsWith('eff1.')
      ? legacyPayload(secret, token)
      : // iat is not checked either: a CLI on a clock a little ahead must not mint unusable tokens.
        await verify(token, await keyOf(secret), { alg: ALG, exp: false, iat: false, nbf: false });
    const parsed = claimsSchema.safeParse(payload);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** 401 without a valid bearer token, 403 when its role is not one of `roles`. */
export function requireRole(secret: Uint8Array, ...roles: Role[]): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer ([A-Za-z0-9._-]{1,2048})$/.exec(header);
    const claims = match?.[1] ? await verifyToken(secret, match[1]) : null;
    const expired = claims?.exp !== undefined && claims.exp * 1000 <= Date.now();
    if (!claims || expired) {
      c.header('WWW-Authenticate', 'Bearer');
      const error = expired ? 'token expired' : header ? 'invalid token' : 'missing bearer token';
      return c.json({ error }, 401);
    }
    if (!roles.includes(claims.role)) {
      return c.json({ error: `this needs the ${roles.join(' or ')} role` }, 403);
    }
    c.set('claims', claims);
    await next();
  };
}
