import { newId } from '../../shared/ids.ts';
import type { JobsmithDb, StoredFile } from './database.ts';
import { recordChange } from './record-change.ts';

const RESUME = 'resume';

/**
 * Keeps the resume the user imported as the file autofill attaches, and as a resume document
 * (its first version), so an application records which resume was sent with it.
 */
export async function saveResumeFile(db: JobsmithDb, file: { name: string; type: string; bytes: Uint8Array }, now: number): Promise<void> {
  const documentId = newId(now);
  await db.transaction('rw', db.files, db.documents, db.outbox, async () => {
    await recordChange(
      db,
      'document',
      undefined,
      {
        id: documentId,
        createdAt: now,
        updatedAt: now,
        deletedAt: null,
        clocks: {},
        kind: 'resume',
        jobId: null,
        applicationId: null,
        title: file.name,
        content: { origin: 'imported', fileName: file.name, size: file.bytes.length },
        rendererVersion: 'imported',
      },
      now,
    );
    await db.files.put({ id: RESUME, name: file.name, type: file.type || 'application/pdf', bytes: file.bytes, addedAt: now, documentId });
  });
}

/** Makes a tailored resume the file autofill attaches, until another is chosen or a resume is imported. */
export async function attachToAutofill(db: JobsmithDb, documentId: string, pdf: Uint8Array, fileName: string, now: number): Promise<void> {
  await db.files.put({ id: RESUME, name: fileName, type: 'application/pdf', bytes: pdf, addedAt: now, documentId });
}

export function loadResumeFile(db: JobsmithDb): Promise<StoredFile | undefined> {
  return db.files.get(RESUME);
}
