CREATE TABLE "checklists" (
	"team_id" text NOT NULL,
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"body" jsonb NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklists_pkey" PRIMARY KEY("team_id","id")
);
--> statement-breakpoint
CREATE TABLE "collector_secret" (
	"id" integer PRIMARY KEY NOT NULL,
	"secret" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"team_id" text NOT NULL,
	"agent_id" text,
	"client_id" text NOT NULL,
	"type" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"interaction_id" uuid NOT NULL,
	"customer_key" text,
	"attributes" jsonb,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "events_team_at" ON "events" USING btree ("team_id","at");--> statement-breakpoint
CREATE INDEX "events_team_customer_at" ON "events" USING btree ("team_id","customer_key","at");