import type { ChecklistsMessageKey } from '@/lib/i18n/checklists-translate';
import type { MessageResults } from '@/lib/messaging/protocol';

/** The background's answer to `publishChecklist`. */
export type PublishReply = MessageResults['publishChecklist'];

/** What the editor tells the trainer after publishing: one message and whether agents got it. */
export interface PublishOutcome {
  reachedAgents: boolean;
  key: ChecklistsMessageKey;
  params: Record<string, string | number>;
}

/**
 * Says whether a published version reached the team, and if not, why, in words the trainer can
 * act on (issue 11, point 9): not configured, a token without the trainer role (HTTP 403), a
 * wrong or expired token (HTTP 401), the collector unreachable, or a newer version there.
 * `lib/sync/request` words failures as "HTTP <status>…", "cannot reach…" or "did not answer…".
 *
 * @example publishOutcome({ status: 'failed', detail: 'HTTP 403: this needs the trainer role' }).key // 'publishForbidden'
 */
export function publishOutcome(reply: PublishReply): PublishOutcome {
  const detail = reply.detail ?? '';
  const fail = (key: ChecklistsMessageKey): PublishOutcome => ({
    reachedAgents: false,
    key,
    params: { detail, version: reply.version ?? '?' },
  });
  switch (reply.status) {
    case 'published':
      return {
        reachedAgents: true,
        key: 'publishedToCollector',
        params: { version: reply.version ?? '' },
      };
    case 'stale':
      return fail('publishStale');
    case 'not-configured':
      return fail('publishNotConfigured');
    case 'failed':
      if (detail.startsWith('HTTP 403')) return fail('publishForbidden');
      if (detail.startsWith('HTTP 401')) return fail('publishUnauthorized');
      if (/^(cannot reach|the collector did not answer)/.test(detail))
        return fail('publishUnreachable');
      return fail('publishFailed');
  }
}
