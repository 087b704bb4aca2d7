import type { SyncErrorKind } from './state';
import { parseRetryAfter } from './backoff';

/** Where to send and with which token (from the settings). */
export interface CollectorTarget {
  url: string;
  token: string;
}

/** `fetch` as injected: the worker's, or Node's in tests. */
export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Chrome kills an extension fetch whose response takes more than 30 s; giving up earlier lets the
 * client record a timeout and retry instead of dying with the worker.
 */
export const REQUEST_TIMEOUT_MS = 20_000;

/** A whole-request failure: what happened, in data-free words, and when to try again. */
export interface RequestFailure {
  kind: SyncErrorKind;
  message: string;
  status?: number;
  retryAfterMs?: number;
}

export type CollectorReply =
  | { ok: true; status: number; headers: Headers; body: unknown }
  | { ok: false; failure: RequestFailure };

/** `base` + `path`, keeping a path prefix (a collector behind a reverse proxy at /collector/). */
export function collectorUrl(base: string, path: string): string {
  return `${base.trim().replace(/\/+$/, '')}${path}`;
}

function classify(status: number): SyncErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 429 || status === 503) return 'throttled';
  if (status >= 500) return 'server';
  return 'bad-request';
}

/**
 * One call to the collector with a timeout covering the reply body too. Never throws: network
 * errors, timeouts and non-2xx statuses (except `okStatuses`) become a `RequestFailure`.
 */
export async function callCollector(
  fetchFn: Fetch,
  target: CollectorTarget,
  path: string,
  options: {
    method?: string;
    body?: string;
    headers?: Record<string, string>;
    timeoutMs?: number;
    okStatuses?: readonly number[];
    now?: () => number;
  } = {},
): Promise<CollectorReply> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? REQUEST_TIMEOUT_MS);
  try {
    const response = await fetchFn(collectorUrl(target.url, path), {
      method: options.method ?? 'GET',
      headers: {
        ...(target.token && { authorization: `Bearer ${target.token}` }),
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        ...options.headers,
      },
      ...(options.body !== undefined && { body: options.body }),
      signal: controller.signal,
    });
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    if (response.ok || options.okStatuses?.includes(response.status)) {
      return { ok: true, status: response.status, headers: response.headers, body };
    }
    const said = (body as { error?: unknown } | null)?.error;
    return {
      ok: false,
      failure: {
        kind: classify(response.status),
        status: response.status,
        // The collector's error texts never contain event values (server/README.md).
        message: `HTTP ${response.status}${typeof said === 'string' ? `: ${said.slice(0, 200)}` : ''}`,
        retryAfterMs: parseRetryAfter(
          response.headers.get('retry-after'),
          (options.now ?? Date.now)(),
        ),
      },
    };
  } catch (error) {
    const timedOut = controller.signal.aborted;
    return {
      ok: false,
      failure: timedOut
        ? { kind: 'timeout', message: 'the collector did not answer in time' }
        : {
            kind: 'offline',
            message: `cannot reach the collector (${error instanceof Error ? error.name : 'error'})`,
          },
    };
  } finally {
    clearTimeout(timer);
  }
}
