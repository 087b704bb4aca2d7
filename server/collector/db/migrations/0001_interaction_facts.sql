CREATE TABLE "interaction_facts" (
	"team_id" text NOT NULL,
	"interaction_id" uuid NOT NULL,
	"agent_id" text,
	"customer_key" text,
	"started_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"channel" text,
	"category" text,
	"outcome" text,
	"effort_index" integer NOT NULL,
	"signal_count" integer NOT NULL,
	"signals" jsonb NOT NULL,
	"ces" integer,
	"csat" integer,
	"nps" integer,
	"event_count" integer NOT NULL,
	CONSTRAINT "interaction_facts_pkey" PRIMARY KEY("team_id","interaction_id")
);
--> statement-breakpoint
CREATE INDEX "interaction_facts_team_started" ON "interaction_facts" USING btree ("team_id","started_at");--> statement-breakpoint
CREATE INDEX "interaction_facts_team_customer_started" ON "interaction_facts" USING btree ("team_id","customer_key","started_at");--> statement-breakpoint
CREATE INDEX "events_team_interaction" ON "events" USING btree ("team_id","interaction_id");