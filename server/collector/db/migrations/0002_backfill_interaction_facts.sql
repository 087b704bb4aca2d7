-- Fills interaction_facts from the events stored before it existed: the statement of
-- server/collector/db/facts.ts REFRESH_ALL_FACTS_SQL as released with this migration (issue 10).
WITH t AS (SELECT DISTINCT team_id, interaction_id FROM events),
ev AS (SELECT e.id, e.team_id, e.interaction_id, e.type, e.at, e.agent_id, e.customer_key, e.attributes FROM events e
  JOIN t ON e.team_id = t.team_id AND e.interaction_id = t.interaction_id),
undone AS (
  SELECT DISTINCT team_id, interaction_id, lower(attributes->>'eventId') AS id
  FROM ev WHERE type = 'signal_undone' AND attributes->>'eventId' IS NOT NULL
),
marked AS (
  SELECT e.*, CASE e.type WHEN 'transfer' THEN 25 WHEN 'channel_switch' THEN 25 WHEN 'repeated_info' THEN 20 WHEN 'repeat_contact' THEN 30 WHEN 'hold' THEN 10 * least(3, CASE WHEN jsonb_typeof(e.attributes->'durationSeconds') = 'number' AND (e.attributes->'durationSeconds')::numeric > 0
    THEN ceil((e.attributes->'durationSeconds')::numeric / 300)::int ELSE 1 END) WHEN 'escalation' THEN 20 WHEN 'callback_needed' THEN 15 WHEN 'self_service_failure' THEN 15 WHEN 'generic_service' THEN 10 ELSE 0 END AS points, u.id IS NOT NULL AS undone
  FROM ev e LEFT JOIN undone u
    ON u.team_id = e.team_id AND u.interaction_id = e.interaction_id AND u.id = e.id::text
)
INSERT INTO interaction_facts (team_id, interaction_id, agent_id, customer_key,
  started_at, ended_at, channel, category, outcome, effort_index, signal_count, signals, ces, csat,
  nps, event_count)
SELECT team_id, interaction_id,
  (array_agg(agent_id ORDER BY at, id) FILTER (WHERE type = 'interaction_started'))[1],
  coalesce((array_agg(customer_key ORDER BY at, id) FILTER (WHERE type = 'interaction_started' AND customer_key IS NOT NULL))[1],
    (array_agg(customer_key ORDER BY at, id) FILTER (WHERE customer_key IS NOT NULL))[1]),
  min(at) FILTER (WHERE type = 'interaction_started'),
  max(at) FILTER (WHERE type = 'interaction_ended'),
  (array_agg(attributes->>'channel' ORDER BY at, id) FILTER (WHERE type IN ('interaction_started', 'interaction_ended') AND jsonb_typeof(attributes->'channel') = 'string'))[count(*) FILTER (WHERE type IN ('interaction_started', 'interaction_ended') AND jsonb_typeof(attributes->'channel') = 'string')], (array_agg(attributes->>'category' ORDER BY at, id) FILTER (WHERE type IN ('interaction_started', 'interaction_ended') AND jsonb_typeof(attributes->'category') = 'string'))[count(*) FILTER (WHERE type IN ('interaction_started', 'interaction_ended') AND jsonb_typeof(attributes->'category') = 'string')],
  (array_agg(attributes->>'outcome' ORDER BY at, id) FILTER (WHERE type = 'interaction_ended'))[count(*) FILTER (WHERE type = 'interaction_ended')],
  least(100, coalesce(sum(points) FILTER (WHERE type IN ('transfer', 'channel_switch', 'repeated_info', 'repeat_contact', 'hold', 'escalation', 'callback_needed', 'self_service_failure', 'generic_service') AND NOT undone), 0))::int,
  count(*) FILTER (WHERE type IN ('transfer', 'channel_switch', 'repeated_info', 'repeat_contact', 'hold', 'escalation', 'callback_needed', 'self_service_failure', 'generic_service') AND NOT undone)::int,
  jsonb_strip_nulls(jsonb_build_object('transfer', nullif(count(*) FILTER (WHERE type = 'transfer' AND NOT undone), 0), 'channel_switch', nullif(count(*) FILTER (WHERE type = 'channel_switch' AND NOT undone), 0), 'repeated_info', nullif(count(*) FILTER (WHERE type = 'repeated_info' AND NOT undone), 0), 'repeat_contact', nullif(count(*) FILTER (WHERE type = 'repeat_contact' AND NOT undone), 0), 'hold', nullif(count(*) FILTER (WHERE type = 'hold' AND NOT undone), 0), 'escalation', nullif(count(*) FILTER (WHERE type = 'escalation' AND NOT undone), 0), 'callback_needed', nullif(count(*) FILTER (WHERE type = 'callback_needed' AND NOT undone), 0), 'self_service_failure', nullif(count(*) FILTER (WHERE type = 'self_service_failure' AND NOT undone), 0), 'generic_service', nullif(count(*) FILTER (WHERE type = 'generic_service' AND NOT undone), 0))),
  (array_agg((attributes->'value')::numeric::int ORDER BY at, id) FILTER (WHERE type = 'survey_answer' AND attributes->>'survey' = 'ces' AND jsonb_typeof((attributes->'value')) = 'number'
      AND (attributes->'value')::numeric BETWEEN 1 AND 7 AND (attributes->'value')::numeric = trunc((attributes->'value')::numeric)))[count(*) FILTER (WHERE type = 'survey_answer' AND attributes->>'survey' = 'ces' AND jsonb_typeof((attributes->'value')) = 'number'
      AND (attributes->'value')::numeric BETWEEN 1 AND 7 AND (attributes->'value')::numeric = trunc((attributes->'value')::numeric))], (array_agg((attributes->'value')::numeric::int ORDER BY at, id) FILTER (WHERE type = 'survey_answer' AND attributes->>'survey' = 'csat' AND jsonb_typeof((attributes->'value')) = 'number'
      AND (attributes->'value')::numeric BETWEEN 1 AND 5 AND (attributes->'value')::numeric = trunc((attributes->'value')::numeric)))[count(*) FILTER (WHERE type = 'survey_answer' AND attributes->>'survey' = 'csat' AND jsonb_typeof((attributes->'value')) = 'number'
      AND (attributes->'value')::numeric BETWEEN 1 AND 5 AND (attributes->'value')::numeric = trunc((attributes->'value')::numeric))], (array_agg((attributes->'value')::numeric::int ORDER BY at, id) FILTER (WHERE type = 'survey_answer' AND attributes->>'survey' = 'nps' AND jsonb_typeof((attributes->'value')) = 'number'
      AND (attributes->'value')::numeric BETWEEN 0 AND 10 AND (attributes->'value')::numeric = trunc((attributes->'value')::numeric)))[count(*) FILTER (WHERE type = 'survey_answer' AND attributes->>'survey' = 'nps' AND jsonb_typeof((attributes->'value')) = 'number'
      AND (attributes->'value')::numeric BETWEEN 0 AND 10 AND (attributes->'value')::numeric = trunc((attributes->'value')::numeric))],
  count(*)::int
FROM marked GROUP BY team_id, interaction_id
ON CONFLICT (team_id, interaction_id) DO UPDATE SET agent_id = excluded.agent_id,
  customer_key = excluded.customer_key, started_at = excluded.started_at, ended_at = excluded.ended_at,
  channel = excluded.channel, category = excluded.category, outcome = excluded.outcome,
  effort_index = excluded.effort_index, signal_count = excluded.signal_count, signals = excluded.signals,
  ces = excluded.ces, csat = excluded.csat, nps = excluded.nps, event_count = excluded.event_count;
