import type { JobsmithDb, StoredFile } from './database.ts';

const RESUME = 'resume';

export async function saveResumeFile(db: JobsmithDb, file: { name: string; type: string; bytes: Uint8Array }, now: number): Promise<void> {
  await db.files.put({ id: RESUME, name: file.name, type: file.type || 'application/pdf', bytes: file.bytes, addedAt: now });
}

export function loadResumeFile(db: JobsmithDb): Promise<StoredFile | undefined> {
  return db.files.get(RESUME);
}
