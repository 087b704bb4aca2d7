-- Collector schema v1 (issue 6). Mirrors server/db/schema.ts; never edit once released: add 0002_….sql.
CREATE TABLE events (
  id uuid PRIMARY KEY,
  team_id text NOT NULL,
  agent_id text,
  client_id text NOT NULL,
  type text NOT NULL,
  at timestamptz NOT NULL,
  interaction_id uuid NOT NULL,
  customer_key text,
  attributes jsonb,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_team_at ON events (team_id, at);
CREATE INDEX events_team_customer_at ON events (team_id, customer_key, at);

CREATE TABLE checklists (
  team_id text NOT NULL,
  id text NOT NULL,
  version integer NOT NULL,
  body jsonb NOT NULL,
  published_by text,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, id)
);

CREATE TABLE collector_secret (
  id integer PRIMARY KEY,
  secret text NOT NULL
);
