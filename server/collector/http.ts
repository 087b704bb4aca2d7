import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';

/** Thrown by handlers for a whole-request problem; app.ts turns it into `{ error }` JSON. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 415,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** One line per issue, with its path; never echoes the values themselves (they may be personal). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/**
 * 413 past `maxBytes` (by Content-Length up front, or while reading a chunked body), before the
 * handler runs. The rest of the body is never read: `Connection: close`, so no client reuses the
 * connection mid-body.
 */
export const limitBody = (maxBytes: number): MiddlewareHandler =>
  bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      c.header('Connection', 'close');
      return c.json({ error: `request body exceeds ${maxBytes} bytes` }, 413);
    },
  });

/** The request's JSON body: 415 unless declared as JSON, 400 unless it parses (size: `limitBody`). */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type)) {
    throw new HttpError(415, 'send the body as application/json');
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'the body is not valid JSON');
  }
}

/** Validates `value`, or 400 with the issues. */
export function parseOr400<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, describeIssues(result.error));
  return result.data;
}

/**
 * Sheds load before it queues up: 503 when `max` requests are already in flight, 429 when one
 * token already has `perToken` in flight. Both carry Retry-After so clients back off. Per-process
 * state on purpose: each instance protects its own database connections.
 */
export function concurrencyLimit(
  max: number,
  perToken: number,
  keyOf: (c: Context) => string,
): MiddlewareHandler {
  let inFlight = 0;
  const perKey = new Map<string, number>();
  return async (c, next) => {
    const key = keyOf(c);
    const mine = perKey.get(key) ?? 0;
    if (inFlight >= max) {
      c.header('Retry-After', '1');
      return c.json({ error: 'the collector is busy; retry later' }, 503);
    }
    if (mine >= perToken) {
      c.header('Retry-After', '1');
      return c.json({ error: 'too many requests in flight for this token' }, 429);
    }
    inFlight++;
    perKey.set(key, mine + 1);
    try {
      await next();
    } finally {
      inFlight--;
      const left = (perKey.get(key) ?? 1) - 1;
      if (left > 0) perKey.set(key, left);
      else perKey.delete(key);
    }
  };
}
