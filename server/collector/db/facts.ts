import { SURVEY_SCALES } from '../../../lib/metrics/survey';
import {
  DEFAULT_EFFORT_WEIGHTS,
  EFFORT_INDEX_MAX,
  HOLD_MAX_UNITS,
  HOLD_UNIT_SECONDS,
} from '../../../lib/signals/effort-index';
import { SIGNAL_TYPES } from '../../../lib/signals/taxonomy';
import type { RawQuery } from './driver';

/**
 * Per-interaction facts (issue 10), rebuilt from the stored events of the interactions a batch
 * touched, inside the ingest transaction. Rebuilding rather than adding deltas makes every rule
 * hold whatever the order, lateness, duplication or batching of the events: the row is always a
 * function of the set of stored events. The rules (the in-memory reference in
 * tests/server/overview-property.test.ts folds events the same way):
 *
 * - started_at: the earliest `interaction_started`; agent_id from that event's token; customer_key
 *   from the earliest `interaction_started` that has one, else from the earliest event that has one.
 * - ended_at and outcome: the last `interaction_ended` (by time, then event id).
 * - channel, category: from the last `interaction_started`/`interaction_ended` that names one
 *   (the ended event carries the agent's corrections).
 * - signals: the effort-signal events (lib/signals SIGNAL_TYPES) that no `signal_undone` of the
 *   same interaction names in `attributes.eventId`; effort_index is lib/signals `effortIndex` of
 *   them with the default weights (hold: per started 5 minutes, at most 3), capped at 100.
 * - ces, csat, nps: the last `survey_answer` of each survey (by time, then event id) whose value is
 *   an integer on that survey's scale; others are ignored.
 *
 * The weights, hold units and scales are read from lib/signals and lib/metrics, so the SQL cannot
 * drift from the definitions.
 */

const STARTED = 'interaction_started';
const ENDED = 'interaction_ended';
const SURVEY = 'survey_answer';
const UNDONE = 'signal_undone';

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
const signalList = SIGNAL_TYPES.map(literal).join(', ');

const DURATION = `e.attributes->'durationSeconds'`;
const holdUnits = `least(${HOLD_MAX_UNITS}, CASE WHEN jsonb_typeof(${DURATION}) = 'number' AND (${DURATION})::numeric > 0
    THEN ceil((${DURATION})::numeric / ${HOLD_UNIT_SECONDS})::int ELSE 1 END)`;
const points = `CASE e.type ${SIGNAL_TYPES.map(
  (type) =>
    `WHEN ${literal(type)} THEN ${DEFAULT_EFFORT_WEIGHTS[type]}${type === 'hold' ? ` * ${holdUnits}` : ''}`,
).join(' ')} ELSE 0 END`;

// Every ordered aggregate below sorts by (at, id): one order for all lets PostgreSQL sort the
// rows once, not once per aggregate and interaction. The newest value is the last element.
const ORDER = 'at, id';
const filtered = (value: string, where: string) =>
  `array_agg(${value} ORDER BY ${ORDER}) FILTER (WHERE ${where})`;
/** The oldest value of `value` among rows matching `where`. */
const oldest = (value: string, where: string) => `(${filtered(value, where)})[1]`;
/** The newest one: the array's last element, its length being the filtered count. */
const newest = (value: string, where: string) =>
  `(${filtered(value, where)})[count(*) FILTER (WHERE ${where})]`;

/** The last valid answer of one survey. */
const lastAnswer = (survey: keyof typeof SURVEY_SCALES) => {
  const { min, max } = SURVEY_SCALES[survey];
  const value = `(attributes->'value')`;
  return newest(
    `${value}::numeric::int`,
    `type = '${SURVEY}' AND attributes->>'survey' = '${survey}' AND jsonb_typeof(${value}) = 'number'
      AND ${value}::numeric BETWEEN ${min} AND ${max} AND ${value}::numeric = trunc(${value}::numeric)`,
  );
};

/** The newest string attribute `name` among the interaction's start and end events. */
const lastText = (name: string) =>
  newest(
    `attributes->>'${name}'`,
    `type IN ('${STARTED}', '${ENDED}') AND jsonb_typeof(attributes->'${name}') = 'string'`,
  );

const STANDING = `type IN (${signalList}) AND NOT undone`;
const countsByType = `jsonb_strip_nulls(jsonb_build_object(${SIGNAL_TYPES.map(
  (type) =>
    `${literal(type)}, nullif(count(*) FILTER (WHERE type = ${literal(type)} AND NOT undone), 0)`,
).join(', ')}))`;

const EVENT_COLUMNS = 'id, team_id, interaction_id, type, at, agent_id, customer_key, attributes';

/**
 * Common table expressions ending in `marked`: every event of the interactions `touched` selects
 * (`team_id text, interaction_id uuid`, distinct) with its effort points and whether it was
 * undone.
 */
function factsInputs(touched: string): string {
  const stored = `SELECT ${EVENT_COLUMNS.replace(/(\w+)/g, 'e.$1')} FROM events e
  JOIN t ON e.team_id = t.team_id AND e.interaction_id = t.interaction_id`;
  return `t AS (${touched}),
ev AS (${stored}),
undone AS (
  SELECT DISTINCT team_id, interaction_id, lower(attributes->>'eventId') AS id
  FROM ev WHERE type = '${UNDONE}' AND attributes->>'eventId' IS NOT NULL
),
marked AS (
  SELECT e.*, ${points} AS points, u.id IS NOT NULL AS undone
  FROM ev e LEFT JOIN undone u
    ON u.team_id = e.team_id AND u.interaction_id = e.interaction_id AND u.id = e.id::text
)`;
}

/** The upsert of one facts row per interaction in `marked`: one pass, grouped by interaction. */
const UPSERT_FACTS = `INSERT INTO interaction_facts (team_id, interaction_id, agent_id, customer_key,
  started_at, ended_at, channel, category, outcome, effort_index, signal_count, signals, ces, csat,
  nps, event_count)
SELECT team_id, interaction_id,
  ${oldest('agent_id', `type = '${STARTED}'`)},
  coalesce(${oldest('customer_key', `type = '${STARTED}' AND customer_key IS NOT NULL`)},
    ${oldest('customer_key', 'customer_key IS NOT NULL')}),
  min(at) FILTER (WHERE type = '${STARTED}'),
  max(at) FILTER (WHERE type = '${ENDED}'),
  ${lastText('channel')}, ${lastText('category')},
  ${newest(`attributes->>'outcome'`, `type = '${ENDED}'`)},
  least(${EFFORT_INDEX_MAX}, coalesce(sum(points) FILTER (WHERE ${STANDING}), 0))::int,
  count(*) FILTER (WHERE ${STANDING})::int,
  ${countsByType},
  ${lastAnswer('ces')}, ${lastAnswer('csat')}, ${lastAnswer('nps')},
  count(*)::int
FROM marked GROUP BY team_id, interaction_id
ON CONFLICT (team_id, interaction_id) DO UPDATE SET agent_id = excluded.agent_id,
  customer_key = excluded.customer_key, started_at = excluded.started_at, ended_at = excluded.ended_at,
  channel = excluded.channel, category = excluded.category, outcome = excluded.outcome,
  effort_index = excluded.effort_index, signal_count = excluded.signal_count, signals = excluded.signals,
  ces = excluded.ces, csat = excluded.csat, nps = excluded.nps, event_count = excluded.event_count`;

/**
 * The statement that rebuilds the facts of the interactions `touched` selects from every stored
 * event of theirs.
 */
export function refreshFactsSql(touched: string): string {
  return `WITH ${factsInputs(touched)}\n${UPSERT_FACTS}`;
}

/** Rebuilds every interaction's facts (the migration that adds the table fills it with this). */
export const REFRESH_ALL_FACTS_SQL = refreshFactsSql(
  'SELECT DISTINCT team_id, interaction_id FROM events',
);

/**
 * Brings a team's facts up to date from its stored events, before a report reads them. Rebuilding
 * is idempotent, so concurrent reports (or instances) agree. It reads the team's events: keeping
 * only the interactions with events received since the last refresh (a watermark) is next.
 */
export async function refreshTeamFacts(query: RawQuery, team: string): Promise<void> {
  await query(REFRESH_TEAM_FACTS_SQL, [team]);
}

const REFRESH_TEAM_FACTS_SQL = refreshFactsSql(
  'SELECT DISTINCT team_id, interaction_id FROM events WHERE team_id = $1',
);
