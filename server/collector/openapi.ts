import { z } from 'zod';
import * as wire from '../../lib/sync/schema';
import { overviewResponseSchema } from './reports/overview-schema';
import { MAX_REPORT_DAYS } from './routes/reports';
import { CHANNELS } from '../../lib/signals/taxonomy';

// Each schema keeps its own $defs; the $id makes its "#/$defs/…" references resolve inside it.
const schema = (name: string, type: z.ZodType) => {
  const { $schema: _, ...json } = z.toJSONSchema(type, { unrepresentable: 'any', io: 'input' });
  return { $id: `urn:effortless:collector:${name}`, ...json };
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const error = (description: string) => ({ description, ...json('Error') });
const bearer = [{ bearer: [] }];
const denied = { 401: error('Missing or invalid token'), 403: error('Wrong role') };

/** The OpenAPI 3.1 description served at `GET /v1/openapi.json`, built from the wire schemas. */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Effortless collector',
    version: '1',
    description: 'See server/collector/README.md.',
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    schemas: {
      EventUploadRequest: schema('EventUploadRequest', wire.eventUploadRequestSchema),
      EventUploadResponse: schema('EventUploadResponse', wire.eventUploadResponseSchema),
      ChecklistPublish: schema('ChecklistPublish', wire.checklistPublishBodySchema),
      ChecklistPublished: schema('ChecklistPublished', wire.checklistPublishResponseSchema),
      ChecklistList: schema('ChecklistList', wire.checklistListResponseSchema),
      Summary: schema('Summary', wire.summaryResponseSchema),
      Contacts: schema('Contacts', wire.contactsResponseSchema),
      Overview: schema('Overview', overviewResponseSchema),
      Error: schema('Error', wire.errorResponseSchema),
    },
  },
  paths: {
    '/v1/health': { get: { responses: { 200: { description: '{ ok: true }' } } } },
    '/v1/events': {
      post: {
        summary:
          'Upload events (agent). Deduplicated by id forever; one result per event, in order.',
        security: bearer,
        requestBody: { required: true, ...json('EventUploadRequest') },
        responses: {
          200: { description: 'Stored (committed)', ...json('EventUploadResponse') },
          400: error('Malformed body'),
          ...denied,
          413: error('Body over 1 MB or more than 500 events'),
          415: error('Not application/json'),
          429: error('Too many requests in flight for this token (Retry-After)'),
          503: error('Collector busy (Retry-After)'),
        },
      },
    },
    '/v1/checklists': {
      get: {
        summary: "The team's published checklists (agent, lead, trainer). Honours If-None-Match.",
        security: bearer,
        responses: {
          200: { description: 'With ETag', ...json('ChecklistList') },
          304: { description: 'Unchanged' },
          ...denied,
        },
      },
    },
    '/v1/checklists/{id}': {
      put: {
        summary: 'Publish a checklist version (trainer).',
        security: bearer,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: { required: true, ...json('ChecklistPublish') },
        responses: {
          200: { description: 'Published', ...json('ChecklistPublished') },
          400: error('Malformed body'),
          ...denied,
          409: error('Version not newer than the stored one (body carries the stored version)'),
          413: error('Checklist over 64 KB'),
        },
      },
    },
    '/v1/summary': {
      get: {
        summary: "Counts for the lead's team over [from, to) (default: the last 30 days).",
        security: bearer,
        parameters: ['from', 'to'].map((name) => ({
          name,
          in: 'query',
          schema: { type: 'string', format: 'date-time' },
        })),
        responses: {
          200: { description: 'Summary', ...json('Summary') },
          400: error('Bad window'),
          ...denied,
        },
      },
    },
    '/v1/reports/overview': {
      get: {
        summary:
          'Overview of the interactions started in [from, to) and of the period of equal length ' +
          'before it (lead: the team, optionally one agent; agent: itself only). Computed from the ' +
          'per-interaction facts; repeat contacts look back 7 days and FCR forward 7 days (as of ' +
          'now) over all the team’s interactions, whatever the filters.',
        security: bearer,
        parameters: [
          ...['from', 'to'].map((name) => ({
            name,
            in: 'query',
            required: true,
            schema: { type: 'string', format: 'date-time' },
            description: `ISO 8601 with a zone; from < to, at most ${MAX_REPORT_DAYS} days apart`,
          })),
          {
            name: 'agent',
            in: 'query',
            schema: { type: 'string' },
            description: 'Only this agent (an agent token may name only itself)',
          },
          { name: 'channel', in: 'query', schema: { type: 'string', enum: [...CHANNELS] } },
          { name: 'category', in: 'query', schema: { type: 'string', maxLength: 100 } },
        ],
        responses: {
          200: { description: 'Overview', ...json('Overview') },
          400: error('A bad or unknown parameter (named in the error)'),
          ...denied,
        },
      },
    },
    '/v1/customers/{customerKey}/contacts': {
      get: {
        summary:
          "The team's contacts with one pseudonymous customer key in the last `days` (agent, lead).",
        security: bearer,
        parameters: [
          { name: 'customerKey', in: 'path', required: true, schema: { type: 'string' } },
          {
            name: 'days',
            in: 'query',
            schema: { type: 'integer', minimum: 1, maximum: 365, default: 7 },
          },
        ],
        responses: {
          200: { description: 'Contacts, newest first', ...json('Contacts') },
          400: error('Bad key or days'),
          ...denied,
        },
      },
    },
  },
} as const;
