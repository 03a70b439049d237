import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { Application } from '../../../shared/schemas/application.ts';
import { Job } from '../../../shared/schemas/job.ts';
import { PushRequest, PushResponse, type SyncChange } from '../../../shared/sync/protocol.ts';
import type { Db } from '../db/client.ts';
import { applications, jobs, syncOps } from '../db/schema/index.ts';
import { requireUser } from '../lib/auth.ts';
import { bearerSecurity, errorResponses, jsonBody, jsonResponse, newRouter } from '../lib/openapi.ts';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Writes one change for `userId`. A record is replaced only by one at least as new
 * (last writer wins per record for now; per-field clocks come with the full merge).
 */
async function applyChange(tx: Tx, userId: string, change: SyncChange) {
  const r = change.record;
  const common = { userId, id: r.id, data: r, updatedAt: r.updatedAt, deletedAt: r.deletedAt };
  const nextSeq = sql`nextval('sync_seq')`;
  if (change.entity === 'job') {
    const job = change.record;
    await tx
      .insert(jobs)
      .values({ ...common, title: job.title, company: job.company, dedupeKey: job.dedupeKey })
      .onConflictDoUpdate({
        target: [jobs.userId, jobs.id],
        set: {
          data: job,
          updatedAt: job.updatedAt,
          deletedAt: job.deletedAt,
          title: job.title,
          company: job.company,
          dedupeKey: job.dedupeKey,
          seq: nextSeq,
        },
        setWhere: sql`${jobs.updatedAt} <= ${job.updatedAt}`,
      });
  } else {
    const app = change.record;
    await tx
      .insert(applications)
      .values({ ...common, jobId: app.jobId, status: app.status })
      .onConflictDoUpdate({
        target: [applications.userId, applications.id],
        set: { data: app, updatedAt: app.updatedAt, deletedAt: app.deletedAt, jobId: app.jobId, status: app.status, seq: nextSeq },
        setWhere: sql`${applications.updatedAt} <= ${app.updatedAt}`,
      });
  }
}

const PullQuery = z.object({
  after: z.coerce.number().int().nonnegative().default(0).openapi({ description: 'Cursor from the previous pull (0 for everything)' }),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

const PullResponse = z.object({
  changes: z.array(
    z.discriminatedUnion('entity', [
      z.object({ entity: z.literal('job'), record: Job }),
      z.object({ entity: z.literal('application'), record: Application }),
    ]),
  ),
  cursor: z.number().int(),
  more: z.boolean(),
});

export const sync = newRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/push',
      tags: ['sync'],
      summary: 'Apply a batch of changes (idempotent by op id)',
      security: bearerSecurity,
      middleware: [requireUser] as const,
      request: { body: jsonBody(PushRequest) },
      responses: { 200: jsonResponse(PushResponse, 'Applied'), ...errorResponses(400, 401, 413) },
    }),
    async (c) => {
      const { changes } = c.req.valid('json');
      const userId = c.var.user.id;
      const result = await c.var.db().transaction(async (tx) => {
        const applied: string[] = [];
        const duplicates: string[] = [];
        for (const change of changes) {
          const fresh = await tx
            .insert(syncOps)
            .values({ userId, opId: change.opId })
            .onConflictDoNothing()
            .returning({ opId: syncOps.opId });
          if (fresh.length === 0) {
            duplicates.push(change.opId);
            continue;
          }
          await applyChange(tx, userId, change);
          applied.push(change.opId);
        }
        return { applied, duplicates };
      });
      return c.json(result, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/pull',
      tags: ['sync'],
      summary: "Changes to the user's records after a cursor",
      security: bearerSecurity,
      middleware: [requireUser] as const,
      request: { query: PullQuery },
      responses: { 200: jsonResponse(PullResponse, 'Changes in sequence order'), ...errorResponses(400, 401) },
    }),
    async (c) => {
      const { after, limit } = c.req.valid('query');
      const userId = c.var.user.id;
      const db = c.var.db();
      const [jobRows, appRows] = await Promise.all([
        db
          .select({ seq: jobs.seq, data: jobs.data })
          .from(jobs)
          .where(and(eq(jobs.userId, userId), gt(jobs.seq, after)))
          .orderBy(asc(jobs.seq))
          .limit(limit + 1),
        db
          .select({ seq: applications.seq, data: applications.data })
          .from(applications)
          .where(and(eq(applications.userId, userId), gt(applications.seq, after)))
          .orderBy(asc(applications.seq))
          .limit(limit + 1),
      ]);
      const merged = [
        ...jobRows.map((row) => ({ seq: row.seq, change: { entity: 'job' as const, record: Job.parse(row.data) } })),
        ...appRows.map((row) => ({ seq: row.seq, change: { entity: 'application' as const, record: Application.parse(row.data) } })),
      ].sort((a, b) => a.seq - b.seq);
      const page = merged.slice(0, limit);
      return c.json({ changes: page.map((p) => p.change), cursor: page.at(-1)?.seq ?? after, more: merged.length > limit }, 200);
    },
  );
