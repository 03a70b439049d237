CREATE TABLE "board_fetch_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"board_key" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"status" text NOT NULL,
	"http_status" integer,
	"attempt" integer DEFAULT 1 NOT NULL,
	"requests" integer DEFAULT 0 NOT NULL,
	"jobs_seen" integer DEFAULT 0 NOT NULL,
	"jobs_new" integer DEFAULT 0 NOT NULL,
	"jobs_changed" integer DEFAULT 0 NOT NULL,
	"jobs_closed" integer DEFAULT 0 NOT NULL,
	"details_missing" integer DEFAULT 0 NOT NULL,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "board_jobs" (
	"board_key" text NOT NULL,
	"job_key" text NOT NULL,
	"dedupe_key" text NOT NULL,
	"job" jsonb NOT NULL,
	"source_updated_at" text,
	"first_seen_at" timestamp with time zone NOT NULL,
	"last_seen_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	CONSTRAINT "board_jobs_board_key_job_key_pk" PRIMARY KEY("board_key","job_key")
);
--> statement-breakpoint
CREATE TABLE "boards" (
	"key" text PRIMARY KEY NOT NULL,
	"ref" jsonb NOT NULL,
	"etag" text,
	"last_modified" text,
	"next_fetch_at" timestamp with time zone DEFAULT now() NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"backoff_until" timestamp with time zone,
	"last_status" text,
	"fetched_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "board_fetch_log" ADD CONSTRAINT "board_fetch_log_board_key_boards_key_fk" FOREIGN KEY ("board_key") REFERENCES "public"."boards"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "board_jobs" ADD CONSTRAINT "board_jobs_board_key_boards_key_fk" FOREIGN KEY ("board_key") REFERENCES "public"."boards"("key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "board_fetch_log_board_idx" ON "board_fetch_log" USING btree ("board_key","started_at");--> statement-breakpoint
CREATE INDEX "board_fetch_log_started_idx" ON "board_fetch_log" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "board_jobs_board_updated_idx" ON "board_jobs" USING btree ("board_key","updated_at");--> statement-breakpoint
CREATE INDEX "board_jobs_dedupe_idx" ON "board_jobs" USING btree ("board_key","dedupe_key");--> statement-breakpoint
CREATE INDEX "boards_next_fetch_idx" ON "boards" USING btree ("next_fetch_at");