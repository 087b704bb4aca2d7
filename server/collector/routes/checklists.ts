import { and, asc, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import {
  checklistIdSchema,
  checklistPublishBodySchema,
  WIRE_LIMITS,
  type PublishedChecklist,
} from '../../../lib/sync/schema';
import { requireRole, type AuthEnv } from '../auth';
import type { Db } from '../db/driver';
import { checklists } from '../db/schema';
import { HttpError, limitBody, parseOr400, readJson } from '../http';
import { toIso } from './time';

/** `GET /v1/checklists` and `PUT /v1/checklists/:id`: see server/collector/README.md. */
export function checklistRoutes(db: Db, secret: Uint8Array) {
  return new Hono<AuthEnv>()
    .get('/v1/checklists', requireRole(secret, 'agent', 'lead', 'trainer'), etag(), async (c) => {
      const rows = await db
        .select()
        .from(checklists)
        .where(eq(checklists.teamId, c.get('claims').team))
        .orderBy(asc(checklists.id));
      const list: PublishedChecklist[] = rows.map((row) => ({
        id: row.id,
        version: row.version,
        checklist: row.body as PublishedChecklist['checklist'],
        publishedAt: toIso(row.publishedAt),
      }));
      // etag() adds a strong ETag over these bytes and answers 304 to a matching If-None-Match
      // (a list, weak or not, or *): agents poll often, and a 304 costs them nothing.
      c.header('Cache-Control', 'private, no-cache');
      return c.json({ checklists: list });
    })
    .put(
      '/v1/checklists/:id',
      requireRole(secret, 'trainer'),
      limitBody(WIRE_LIMITS.maxChecklistBodyBytes),
      async (c) => {
        const id = parseOr400(checklistIdSchema, c.req.param('id'));
        const { version, checklist } = parseOr400(checklistPublishBodySchema, await readJson(c));
        const claims = c.get('claims');
        // One statement decides "newer or stale", so two trainers publishing at once cannot both win.
        const [stored] = await db
          .insert(checklists)
          .values({
            teamId: claims.team,
            id,
            version,
            body: checklist,
            publishedBy: claims.agent ?? null,
          })
          .onConflictDoUpdate({
            target: [checklists.teamId, checklists.id],
            set: {
              version: sql`excluded.version`,
              body: sql`excluded.body`,
              publishedBy: sql`excluded.published_by`,
              publishedAt: sql`now()`,
            },
            setWhere: sql`${checklists.version} < excluded.version`,
          })
          .returning({ version: checklists.version });
        if (stored) return c.json({ id, version: stored.version });
        const [current] = await db
          .select({ version: checklists.version })
          .from(checklists)
          .where(and(eq(checklists.teamId, claims.team), eq(checklists.id, id)));
        throw new HttpError(409, `version ${version} is not newer than the published one`, {
          version: current?.version ?? null,
        });
      },
    );
}
