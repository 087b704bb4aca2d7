import type { MessageResults } from '@/lib/messaging/protocol';
import { callCollector, type CollectorTarget, type Fetch } from './request';

type ConnectionCheck = MessageResults['testConnection'];

/** Checks short enough for a button click. */
const CHECK_TIMEOUT_MS = 8_000;

/**
 * "Test connection": the URL is http(s), `GET /v1/health` answers, and the token may upload
 * events (an empty `POST /v1/events`, which stores nothing). Each failure says which step failed.
 */
export async function testConnection(
  fetchFn: Fetch,
  target: CollectorTarget,
): Promise<ConnectionCheck> {
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    return { ok: false, problem: 'invalid-url', detail: 'not a URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, problem: 'invalid-url', detail: 'use http:// or https://' };
  }
  const health = await callCollector(fetchFn, { url: target.url, token: '' }, '/v1/health', {
    timeoutMs: CHECK_TIMEOUT_MS,
  });
  if (!health.ok) {
    const problem = health.failure.status ? 'unexpected' : 'unreachable';
    return { ok: false, problem, detail: health.failure.message };
  }
  if ((health.body as { ok?: unknown } | null)?.ok !== true) {
    return { ok: false, problem: 'unexpected', detail: 'this URL is not an Effortless collector' };
  }
  const upload = await callCollector(fetchFn, target, '/v1/events', {
    method: 'POST',
    body: JSON.stringify({ clientId: 'connection-test', events: [] }),
    timeoutMs: CHECK_TIMEOUT_MS,
  });
  if (upload.ok) return { ok: true, problem: null, detail: '' };
  const { kind, message } = upload.failure;
  if (kind === 'unauthorized') return { ok: false, problem: 'unauthorized', detail: message };
  if (kind === 'forbidden') return { ok: false, problem: 'forbidden', detail: message };
  return { ok: false, problem: kind === 'offline' ? 'unreachable' : 'unexpected', detail: message };
}
