import { newId } from '../../shared/ids.ts';
import { RENDERER_VERSION } from '../../shared/pdf/version.ts';
import type { JobsmithDocument } from '../../shared/schemas/document.ts';
import type { JobCapture } from '../../shared/schemas/job.ts';
import type { CoverLetter, TailoredResume } from '../../shared/tailor/schema.ts';
import type { JobsmithDb } from './database.ts';
import { recordEvent } from './events.ts';
import { saveJob } from './jobs.ts';
import { recordChange } from './record-change.ts';

/**
 * Tailored documents, versioned per job: each generation is a new version, the old ones stay.
 * The structured content is stored (not the PDF), so any device re-renders the same file.
 */

export interface SavedDocument {
  document: JobsmithDocument;
  version: number;
}

/** Saves a tailored resume or letter, as written or as the user edited it, for the job (saving the job to the tracker if needed). */
export async function saveTailored(
  db: JobsmithDb,
  capture: JobCapture,
  content: TailoredResume | CoverLetter,
  now: number,
): Promise<SavedDocument> {
  const { job } = await saveJob(db, capture, now);
  return db.transaction('rw', db.documents, db.applications, db.outbox, db.events, async () => {
    const earlier = (await db.documents.where('jobId').equals(job.id).toArray()).filter(
      (d) => d.kind === content.kind && d.deletedAt === null,
    );
    const application = (await db.applications.where('jobId').equals(job.id).toArray()).find((a) => a.deletedAt === null);
    const version = earlier.length + 1;
    const what = content.kind === 'resume' ? 'Resume' : 'Cover letter';
    const document: JobsmithDocument = {
      id: newId(now),
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      clocks: {},
      kind: content.kind,
      jobId: job.id,
      applicationId: application?.id ?? null,
      title: `${what} for ${capture.title}${capture.company ? ` at ${capture.company}` : ''} (v${version}${content.editedByUser ? ', edited' : ''})`,
      content: content as unknown as Record<string, unknown>,
      rendererVersion: RENDERER_VERSION,
    };
    const saved = await recordChange(db, 'document', undefined, document, now);
    await recordEvent(
      db,
      'tailored',
      {
        jobId: job.id,
        applicationId: application?.id ?? null,
        props: { kind: content.kind, provider: content.provider, version, edited: content.editedByUser === true },
      },
      now,
    );
    return { document: saved, version };
  });
}

/** The job's tailored documents, newest first. */
export async function documentsForJob(db: JobsmithDb, capture: JobCapture): Promise<JobsmithDocument[]> {
  const job = (await db.jobs.where('dedupeKey').equals(capture.dedupeKey).toArray()).find((j) => j.deletedAt === null);
  if (!job) return [];
  return (await db.documents.where('jobId').equals(job.id).toArray())
    .filter((d) => d.deletedAt === null)
    .sort((a, b) => b.createdAt - a.createdAt);
}
