import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';

export const ROLES = ['agent', 'lead', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

const NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

/** What a token says about its bearer. */
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

const PREFIX = 'eff1';
const mac = (secret: Uint8Array, payload: string) =>
  createHmac('sha256', secret).update(`${PREFIX}.${payload}`).digest();

/**
 * Makes a self-contained token `eff1.<claims>.<HMAC-SHA-256>`: the collector verifies it with its
 * secret alone, so tokens need no table and the CLI needs no database (see server/collector/README.md).
 *
 * @example signToken(secret, { team: 'support-fi', role: 'agent', agent: 'a-17', days: 180 })
 */
export function signToken(
  secret: Uint8Array,
  { days, ...input }: { team: string; role: Role; agent?: string; days?: number },
): string {
  const iat = Math.floor(Date.now() / 1000);
  const claims = claimsSchema.parse({
    ...input,
    jti: randomUUID(),
    iat,
    ...(days !== undefined && { exp: iat + Math.round(days * 86_400) }),
  });
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${PREFIX}.${payload}.${mac(secret, payload).toString('base64url')}`;
}

/**
 * The claims of a token this secret signed, or null (wrong shape, wrong signature). Expiry is left
 * to the caller, so it can say "token expired" rather than "invalid token".
 */
export function verifyToken(secret: Uint8Array, token: string): Claims | null {
  const [prefix, payload, signature, ...rest] = token.split('.');
  if (prefix !== PREFIX || !payload || !signature || rest.length > 0) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = claimsSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString()));
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
    const claims = match?.[1] ? verifyToken(secret, match[1]) : null;
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
