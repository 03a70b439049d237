ALTER TABLE "email_confirmations" ADD COLUMN "password_hash" text;--> statement-breakpoint
ALTER TABLE "email_confirmations" ADD COLUMN "password_salt" text;--> statement-breakpoint
ALTER TABLE "email_confirmations" ADD COLUMN "password_iterations" integer;