import { Hono } from 'hono';
import { z } from 'zod';
import { CHANNELS } from '../../../lib/signals/taxonomy';
import { requireRole, type AuthEnv } from '../auth';
import type { Driver } from '../db/driver';
import { refreshTeamFacts } from '../db/facts';
import { HttpError, parseOr400 } from '../http';
import { overviewFigures, type OverviewScope } from '../reports/overview-sql';

/** The longest period one report covers (a year and a day), so no request scans without bound. */
export const MAX_REPORT_DAYS = 367;
const DAY_MS = 86_400_000;
const NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

export const overviewQuerySchema = z
  .strictObject({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    agent: z.string().regex(NAME, 'an agent id is 1–64 letters, digits or _.:-').optional(),
    channel: z.enum(CHANNELS).optional(),
    category: z.string().min(1).max(100).optional(),
  })
  .superRefine((query, ctx) => {
    const span = Date.parse(query.to) - Date.parse(query.from);
    if (!(span > 0)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
    else if (span > MAX_REPORT_DAYS * DAY_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: `at most ${MAX_REPORT_DAYS} days after from`,
      });
    }
  });

/**
 * `GET /v1/reports/overview` (issue 10): leads see their team (optionally one agent), agents only
 * themselves; the figures of [from, to) and of the period of equal length before it.
 */
export function reportRoutes(driver: Driver, secret: Uint8Array) {
  return new Hono<AuthEnv>().get(
    '/v1/reports/overview',
    requireRole(secret, 'lead', 'agent'),
    async (c) => {
      const query = parseOr400(overviewQuerySchema, c.req.query());
      const claims = c.get('claims');
      let agent = query.agent;
      if (claims.role === 'agent') {
        if (!claims.agent) throw new HttpError(403, 'this agent token names no agent');
        if (agent !== undefined && agent !== claims.agent) {
          throw new HttpError(403, 'agent: an agent token sees only its own calls');
        }
        agent = claims.agent;
      }
      const from = new Date(query.from);
      const to = new Date(query.to);
      const scope: OverviewScope = {
        team: claims.team,
        from,
        to,
        ...(agent !== undefined && { agent }),
        ...(query.channel !== undefined && { channel: query.channel }),
        ...(query.category !== undefined && { category: query.category }),
      };
      await refreshTeamFacts(driver.query, claims.team);
      const asOf = new Date();
      const span = to.getTime() - from.getTime();
      const [current, previous] = await Promise.all([
        overviewFigures(driver.query, scope, asOf),
        overviewFigures(
          driver.query,
          { ...scope, from: new Date(from.getTime() - span), to: from },
          asOf,
        ),
      ]);
      return c.json({ ...current, previous });
    },
  );
}
