import type { EventRow } from '../../lib/db/schema';
import { standingSignals } from '../../lib/interactions/queries';
import {
  cesSummary,
  csat,
  fcr,
  nps,
  repeatContactRate,
  type InteractionRow,
} from '../../lib/metrics';
import { ces as cesScore } from '../../lib/metrics/survey';
import { effortIndex } from '../../lib/signals/effort-index';
import { SIGNAL_TYPES, type SignalType } from '../../lib/signals/taxonomy';
import type { SyncEvent } from '../../lib/sync/schema';

/** An event as the test sent it, with the agent whose token sent it. */
export interface SentEvent extends SyncEvent {
  agent: string;
}

/** One interaction as the collector's facts describe it (the rules of server/collector/db/facts.ts). */
export interface ReferenceInteraction extends InteractionRow {
  agent: string;
  keyed: boolean;
  channel: string | null;
  category: string | null;
  effortIndex: number;
  signals: Partial<Record<SignalType, number>>;
  answers: { ces?: number; csat?: number; nps?: number };
}

const byTime = (a: SentEvent, b: SentEvent) =>
  Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const SCORERS = { ces: cesScore, csat, nps } as const;
/** Whether lib/metrics accepts `value` as an answer to `survey` (it throws otherwise). */
const onScale = (survey: keyof typeof SCORERS, value: unknown) => {
  try {
    SCORERS[survey]([value as number]);
    return true;
  } catch {
    return false;
  }
};

/** Folds one team's events (each id once) into interactions; those never started are dropped. */
export function foldInteractions(events: readonly SentEvent[]): ReferenceInteraction[] {
  const byInteraction = new Map<string, SentEvent[]>();
  for (const event of events) {
    const list = byInteraction.get(event.interactionId) ?? [];
    list.push(event);
    byInteraction.set(event.interactionId, list);
  }
  const result: ReferenceInteraction[] = [];
  for (const [id, list] of byInteraction) {
    const sorted = [...list].sort(byTime);
    const started = sorted.filter((e) => e.type === 'interaction_started');
    const first = started[0];
    if (!first) continue;
    const customerKey =
      started.find((e) => e.customerKey)?.customerKey ??
      sorted.find((e) => e.customerKey)?.customerKey;
    const text = (name: string) => {
      const carrying = sorted.filter(
        (e) =>
          (e.type === 'interaction_started' || e.type === 'interaction_ended') &&
          typeof e.attributes?.[name] === 'string',
      );
      return (carrying.at(-1)?.attributes?.[name] as string | undefined) ?? null;
    };
    // The extension's own definition of a signal that still stands.
    const rows: EventRow[] = sorted.map((e) => ({ ...e, at: Date.parse(e.at) }));
    const standing = standingSignals(rows);
    const signals: Partial<Record<SignalType, number>> = {};
    for (const s of standing)
      signals[s.type as SignalType] = (signals[s.type as SignalType] ?? 0) + 1;
    const answers: ReferenceInteraction['answers'] = {};
    for (const e of sorted.filter((e) => e.type === 'survey_answer')) {
      const survey = e.attributes?.survey;
      if (survey !== 'ces' && survey !== 'csat' && survey !== 'nps') continue;
      if (onScale(survey, e.attributes?.value)) answers[survey] = e.attributes?.value as number;
    }
    result.push({
      id,
      customerKey: customerKey ?? `none:${id}`,
      keyed: customerKey !== undefined,
      startedAt: Date.parse(first.at),
      agent: first.agent,
      channel: text('channel'),
      category: text('category'),
      effortIndex: effortIndex(
        standing.map((s) => ({ type: s.type as SignalType, attributes: s.attributes })),
      ),
      signals,
      answers,
    });
  }
  return result;
}

export interface Filters {
  agent?: string;
  channel?: string;
  category?: string;
}

/** The overview of [from, to) as lib/metrics computes it from the folded interactions. */
export function referencePeriod(
  all: readonly ReferenceInteraction[],
  from: number,
  to: number,
  filters: Filters,
  asOf: number,
) {
  const counted = (row: InteractionRow) => {
    const i = row as ReferenceInteraction;
    return (
      i.startedAt >= from &&
      i.startedAt < to &&
      (filters.agent === undefined || i.agent === filters.agent) &&
      (filters.channel === undefined || i.channel === filters.channel) &&
      (filters.category === undefined || i.category === filters.category)
    );
  };
  const mine = all.filter(counted);
  const keyed = all.filter((i) => i.keyed);
  const answers = (survey: 'ces' | 'csat' | 'nps') =>
    mine.flatMap((i) => (i.answers[survey] === undefined ? [] : [i.answers[survey]]));
  const cesResult = cesSummary(answers('ces'));
  const signals = Object.fromEntries(
    SIGNAL_TYPES.map((type) => [type, mine.reduce((sum, i) => sum + (i.signals[type] ?? 0), 0)]),
  );
  const effortSum = mine.reduce((sum, i) => sum + i.effortIndex, 0);
  return {
    from: new Date(from).toISOString(),
    to: new Date(to).toISOString(),
    interactions: mine.length,
    signals,
    effortIndex: { value: mine.length ? effortSum / mine.length : null, n: mine.length },
    ces: { value: cesResult.value, n: cesResult.n, mean: cesResult.mean },
    csat: csat(answers('csat')),
    nps: nps(answers('nps')),
    repeatContactRate: repeatContactRate(keyed, { counted }),
    fcr: fcr(keyed, { counted, asOf }),
  };
}
