import type { InteractionRow } from '@/lib/db/schema';
import { callCollector, type CollectorTarget, type Fetch } from './request';
import { contactsResponseSchema, type Contact } from './schema';

/** The lookup runs while the call starts: it must never hold the panel up. */
const LOOKUP_TIMEOUT_MS = 3_000;
const DAY_MS = 86_400_000;

/**
 * The team's contacts with one customer key over the last `days` days, or null when the collector
 * is not configured, unreachable or slow (best effort: the local history still counts).
 */
export async function teamContacts(
  fetchFn: Fetch,
  target: CollectorTarget,
  customerKey: string,
  days: number,
): Promise<Contact[] | null> {
  if (!target.url || !target.token) return null;
  const reply = await callCollector(
    fetchFn,
    target,
    `/v1/customers/${encodeURIComponent(customerKey)}/contacts?days=${days}`,
    { timeoutMs: LOOKUP_TIMEOUT_MS },
  );
  if (!reply.ok) return null;
  const parsed = contactsResponseSchema.safeParse(reply.body);
  return parsed.success ? parsed.data.contacts : null;
}

/**
 * Adds the team's contacts this browser does not know (other agents', or older than its local
 * data) to the repeat summary computed locally at start. Pure.
 *
 * @example mergeTeamContacts(local, contacts, interaction, knownIds).count // 3
 */
export function mergeTeamContacts(
  repeat: NonNullable<InteractionRow['repeat']>,
  contacts: readonly Contact[],
  interaction: Pick<InteractionRow, 'id' | 'startedAt'>,
  knownIds: ReadonlySet<string>,
): NonNullable<InteractionRow['repeat']> {
  const since = interaction.startedAt - repeat.windowDays * DAY_MS;
  const unknown = contacts
    .map((c) => ({ ...c, at: Date.parse(c.startedAt) }))
    .filter(
      (c) =>
        c.interactionId !== interaction.id &&
        !knownIds.has(c.interactionId) &&
        c.at < interaction.startedAt &&
        c.at >= since,
    );
  if (!unknown.length) return repeat;
  const newest = unknown.reduce((a, b) => (b.at > a.at ? b : a));
  const last =
    repeat.last && repeat.last.startedAt >= newest.at
      ? repeat.last
      : {
          startedAt: newest.at,
          ...(newest.category !== null && { category: newest.category }),
          ...(newest.outcome !== null && { outcome: newest.outcome }),
          ...(newest.channel !== null && { channel: newest.channel }),
        };
  return { count: repeat.count + unknown.length, windowDays: repeat.windowDays, last };
}
