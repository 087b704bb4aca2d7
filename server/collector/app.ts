import { Hono } from 'hono';
import type { Driver } from './db/driver';
import { HttpError } from './http';
import { openApiDocument } from './openapi';
import { checklistRoutes } from './routes/checklists';
import { eventRoutes, type IngestLimits } from './routes/events';
import { queryRoutes } from './routes/queries';
import { reportRoutes } from './routes/reports';

/** What the collector needs to serve: an open, migrated database and the token secret. */
export interface AppDeps {
  driver: Driver;
  secret: Uint8Array;
  limits?: Partial<IngestLimits>;
}

const DEFAULT_LIMITS: IngestLimits = { maxInFlight: 16, maxInFlightPerToken: 4 };

/**
 * The collector's HTTP app. Holds no state that matters across requests (only the load-shedding
 * counters), so any number of instances can share one PostgreSQL.
 *
 * @example serve({ fetch: createApp({ driver, secret }).fetch, port: 0 })
 */
export function createApp(deps: AppDeps): Hono {
  const { db } = deps.driver;
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const app = new Hono();
  app.get('/v1/health', (c) => c.json({ ok: true }));
  app.get('/v1/openapi.json', (c) => c.json(openApiDocument));
  app.route('/', eventRoutes(deps.driver, deps.secret, limits));
  app.route('/', checklistRoutes(db, deps.secret));
  app.route('/', queryRoutes(db, deps.secret));
  app.route('/', reportRoutes(deps.driver, deps.secret));
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      return c.json({ error: error.message, ...error.extra }, error.status);
    }
    // Never log the error itself: a failed query's message carries the event values.
    console.error(`collector: ${c.req.method} ${c.req.path} failed (${errorCode(error)})`);
    return c.json({ error: 'internal error' }, 500);
  });
  return app;
}

function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  const code = cause?.code ?? (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown';
}
