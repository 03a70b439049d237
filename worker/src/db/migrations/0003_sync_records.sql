CREATE TABLE "records" (
	"user_id" text NOT NULL,
	"entity" text NOT NULL,
	"id" text NOT NULL,
	"data" jsonb NOT NULL,
	"seq" bigint DEFAULT nextval('sync_seq') NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "records_user_id_entity_id_pk" PRIMARY KEY("user_id","entity","id"),
	CONSTRAINT "records_entity_check" CHECK ("records"."entity" in ('profile', 'job', 'application', 'document', 'answer'))
);
--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "records_user_seq_idx" ON "records" USING btree ("user_id","seq");--> statement-breakpoint
-- Hand-written: every synced job and application moves into "records" with its seq, so devices'
-- pull cursors stay valid (nothing already pulled comes again, nothing is skipped).
INSERT INTO "records" ("user_id", "entity", "id", "data", "seq")
SELECT "user_id", 'job', "id", "data", "seq" FROM "jobs"
UNION ALL
SELECT "user_id", 'application', "id", "data", "seq" FROM "applications";--> statement-breakpoint
DROP TABLE "applications" CASCADE;--> statement-breakpoint
DROP TABLE "jobs" CASCADE;
