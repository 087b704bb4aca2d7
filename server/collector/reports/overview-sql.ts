import { DAY_MS, DEFAULT_WINDOW_DAYS } from '../../../lib/metrics/window';
import { SIGNAL_TYPES } from '../../../lib/signals/taxonomy';
import type { RawQuery } from '../db/driver';

/** The repeat-contact / FCR window in milliseconds (lib/metrics: 7 days of 24 h, edge inclusive). */
const WINDOW_MS = DEFAULT_WINDOW_DAYS * DAY_MS;

/** Which interactions a report counts: the team's, started in [from, to), optionally narrowed. */
export interface OverviewScope {
  team: string;
  from: Date;
  to: Date;
  agent?: string;
  channel?: string;
  category?: string;
}

/** The overview's figures for one period; percentages 0–100 unrounded, `value` null when n = 0. */
export interface OverviewFigures {
  from: string;
  to: string;
  interactions: number;
  signals: Record<string, number>;
  effortIndex: { value: number | null; n: number };
  ces: { value: number | null; n: number; mean: number | null };
  csat: { value: number | null; n: number };
  nps: { value: number | null; n: number };
  repeatContactRate: { value: number | null; n: number };
  fcr: { value: number | null; n: number };
}

// Ratios are computed as lib/metrics computes them, in float8 and in the same order
// ((part / n) * 100), so the figures equal lib/metrics' to the last bit (the property test).
// Windows are intervals of milliseconds, never of days: a day interval follows DST.
const OVERVIEW_SQL = `WITH cur AS (
  SELECT * FROM interaction_facts
  WHERE team_id = $1 AND started_at >= $2::timestamptz AND started_at < $3::timestamptz
    AND ($4::text IS NULL OR agent_id = $4) AND ($5::text IS NULL OR channel = $5)
    AND ($6::text IS NULL OR category = $6)
),
flagged AS (
  SELECT c.*,
    EXISTS (SELECT 1 FROM interaction_facts p WHERE p.team_id = $1 AND p.customer_key = c.customer_key
      AND p.started_at < c.started_at AND p.started_at >= c.started_at - $8 * interval '1 millisecond') AS is_repeat,
    c.started_at + $8 * interval '1 millisecond' <= $7::timestamptz AS settled,
    EXISTS (SELECT 1 FROM interaction_facts f WHERE f.team_id = $1 AND f.customer_key = c.customer_key
      AND f.started_at > c.started_at AND f.started_at <= c.started_at + $8 * interval '1 millisecond') AS came_back
  FROM cur c
),
totals AS (
  SELECT count(*)::int AS interactions,
    sum(effort_index)::float8 AS effort_sum,
    count(ces)::int AS ces_n,
    count(*) FILTER (WHERE ces >= 5)::float8 AS ces_easy,
    sum(ces)::float8 AS ces_sum,
    count(csat)::int AS csat_n,
    count(*) FILTER (WHERE csat >= 4)::float8 AS csat_ok,
    count(nps)::int AS nps_n,
    count(*) FILTER (WHERE nps >= 9)::float8 AS promoters,
    count(*) FILTER (WHERE nps <= 6)::float8 AS detractors,
    count(*) FILTER (WHERE customer_key IS NOT NULL)::int AS repeat_n,
    count(*) FILTER (WHERE customer_key IS NOT NULL AND is_repeat)::float8 AS repeats,
    count(*) FILTER (WHERE customer_key IS NOT NULL AND settled)::int AS fcr_n,
    count(*) FILTER (WHERE customer_key IS NOT NULL AND settled AND NOT came_back)::float8 AS resolved
  FROM flagged
)
SELECT interactions,
  CASE WHEN interactions > 0 THEN effort_sum / interactions END AS effort,
  ces_n, CASE WHEN ces_n > 0 THEN (ces_easy / ces_n) * 100 END AS ces,
  CASE WHEN ces_n > 0 THEN ces_sum / ces_n END AS ces_mean,
  csat_n, CASE WHEN csat_n > 0 THEN (csat_ok / csat_n) * 100 END AS csat,
  nps_n, CASE WHEN nps_n > 0 THEN (promoters / nps_n) * 100 - (detractors / nps_n) * 100 END AS nps,
  repeat_n, CASE WHEN repeat_n > 0 THEN (repeats / repeat_n) * 100 END AS repeat_rate,
  fcr_n, CASE WHEN fcr_n > 0 THEN (resolved / fcr_n) * 100 END AS fcr,
  (SELECT coalesce(jsonb_object_agg(type, n), '{}'::jsonb) FROM (
    SELECT s.key AS type, sum(s.value::int)::int AS n FROM cur, jsonb_each_text(cur.signals) AS s
    GROUP BY s.key) AS by_type) AS signals
FROM totals`;

const num = (value: unknown): number | null => (value === null ? null : Number(value));

/**
 * The overview figures of one period, computed in SQL from the interaction facts (the same
 * statement on PGlite and PostgreSQL). Repeat contacts look back, and FCR forward (settled by
 * `asOf`), over ALL the team's interactions, whatever the filters; interactions without a customer
 * key count in neither.
 */
export async function overviewFigures(
  query: RawQuery,
  scope: OverviewScope,
  asOf: Date,
): Promise<OverviewFigures> {
  const [row] = await query(OVERVIEW_SQL, [
    scope.team,
    scope.from.toISOString(),
    scope.to.toISOString(),
    scope.agent ?? null,
    scope.channel ?? null,
    scope.category ?? null,
    asOf.toISOString(),
    WINDOW_MS,
  ]);
  if (!row) throw new Error('the overview query returned no row');
  const stored = (
    typeof row.signals === 'string' ? JSON.parse(row.signals) : row.signals
  ) as Record<string, number>;
  const signals = Object.fromEntries(SIGNAL_TYPES.map((type) => [type, Number(stored[type] ?? 0)]));
  return {
    from: scope.from.toISOString(),
    to: scope.to.toISOString(),
    interactions: Number(row.interactions),
    signals,
    effortIndex: { value: num(row.effort), n: Number(row.interactions) },
    ces: { value: num(row.ces), n: Number(row.ces_n), mean: num(row.ces_mean) },
    csat: { value: num(row.csat), n: Number(row.csat_n) },
    nps: { value: num(row.nps), n: Number(row.nps_n) },
    repeatContactRate: { value: num(row.repeat_rate), n: Number(row.repeat_n) },
    fcr: { value: num(row.fcr), n: Number(row.fcr_n) },
  };
}
