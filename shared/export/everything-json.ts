import type { Answer } from '../schemas/answer.ts';
import type { Application } from '../schemas/application.ts';
import type { JobsmithDocument } from '../schemas/document.ts';
import type { JobsmithEvent } from '../schemas/event.ts';
import type { Follow } from '../schemas/follow.ts';
import type { Job } from '../schemas/job.ts';
import type { Profile } from '../schemas/profile.ts';

export interface Everything {
  profile: Profile | null;
  jobs: Job[];
  applications: Application[];
  documents: JobsmithDocument[];
  answers: Answer[];
  /** The boards the user follows. */
  follows: Follow[];
  events: JobsmithEvent[];
}

/** Bumped when the export's shape changes, so an importer can read old files. */
export const EXPORT_VERSION = 1;

/**
 * All of the user's data as one JSON document. Deleted records (tombstones kept for sync)
 * are left out: the export holds what the user sees.
 */
export function everythingJson(data: Everything, now: number): string {
  const live = <T extends { deletedAt: number | null }>(records: T[]) => records.filter((r) => r.deletedAt === null);
  return JSON.stringify(
    {
      format: 'jobsmith-export',
      version: EXPORT_VERSION,
      exportedAt: new Date(now).toISOString(),
      profile: data.profile && data.profile.deletedAt === null ? data.profile : null,
      jobs: live(data.jobs),
      applications: live(data.applications),
      documents: live(data.documents),
      answers: live(data.answers),
      follows: live(data.follows),
      events: data.events,
    },
    null,
    2,
  );
}
