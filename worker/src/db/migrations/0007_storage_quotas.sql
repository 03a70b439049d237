ALTER TABLE "sessions" ADD COLUMN "last_pull_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "record_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "record_bytes" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "event_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Usage of accounts that existed before quotas, measured as the push measures it (lib/quota.ts).
UPDATE "users" SET
	"record_count" = (SELECT count(*) FROM "records" r WHERE r."user_id" = "users"."id" AND r."data"->>'deletedAt' IS NULL),
	"record_bytes" = (SELECT coalesce(sum(octet_length(r."data"::text)), 0) FROM "records" r WHERE r."user_id" = "users"."id" AND r."data"->>'deletedAt' IS NULL),
	"event_count" = (SELECT count(*) FROM "events" e WHERE e."user_id" = "users"."id");
