import type { Application } from '../schemas/application.ts';
import type { Job } from '../schemas/job.ts';

/**
 * Two devices that saved the same posting before they synced hold two job records (different
 * ids, one dedupe key) and two applications. After a pull, the one with the smaller id (saved
 * first) is kept; the other's application is folded into it (the later status, the union of
 * status history, notes, contacts and interviews) and the duplicate pair becomes tombstones.
 * Every device computes the same fold from the same records, so the result converges.
 */

export interface Fold {
  survivor: { job: Job; application: Application; merged: Application };
  duplicate: { job: Job; application: Application | undefined };
}

const key = (value: unknown) => JSON.stringify(value);
function union<T>(a: T[], b: T[], identity: (item: T) => string = key): T[] {
  const seen = new Map<string, T>();
  for (const item of [...a, ...b]) if (!seen.has(identity(item))) seen.set(identity(item), item);
  return [...seen.values()];
}

/** The application that results from folding `other` into `base`. */
export function foldApplication(base: Application, other: Application): Application {
  const history = union(base.statusHistory, other.statusHistory, (h) => `${h.status}|${h.at}`).sort(
    (x, y) => x.at - y.at || (x.status < y.status ? -1 : 1),
  );
  // The status is the one most recently set on either device.
  const latest = [...base.statusHistory, ...other.statusHistory].sort((x, y) => x.at - y.at).at(-1);
  const notes = [base.notes.trim(), other.notes.trim()].filter((n, i, all) => n && all.indexOf(n) === i).join('\n\n');
  const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));
  return {
    ...base,
    status: latest?.status ?? base.status,
    statusHistory: history,
    appliedAt: earliest(base.appliedAt, other.appliedAt),
    notes,
    contacts: union(base.contacts, other.contacts),
    interviews: union(base.interviews ?? [], other.interviews ?? [], (i) => i.id),
    nextAction: base.nextAction ?? other.nextAction,
    resumeDocumentId: base.resumeDocumentId ?? other.resumeDocumentId,
    followUpAt: earliest(base.followUpAt, other.followUpAt),
    updatedAt: Math.max(base.updatedAt, other.updatedAt),
  };
}

export function planFolds(jobs: Job[], applications: Application[]): Fold[] {
  const live = jobs.filter((j) => j.deletedAt === null).sort((a, b) => (a.id < b.id ? -1 : 1));
  const appOf = new Map(applications.filter((a) => a.deletedAt === null).map((a) => [a.jobId, a]));
  const first = new Map<string, Job>();
  const folds: Fold[] = [];
  for (const job of live) {
    const kept = first.get(job.dedupeKey);
    if (!kept) {
      first.set(job.dedupeKey, job);
      continue;
    }
    const survivorApp = appOf.get(kept.id);
    const duplicateApp = appOf.get(job.id);
    if (!survivorApp) continue;
    folds.push({
      survivor: { job: kept, application: survivorApp, merged: duplicateApp ? foldApplication(survivorApp, duplicateApp) : survivorApp },
      duplicate: { job, application: duplicateApp },
    });
  }
  return folds;
}
