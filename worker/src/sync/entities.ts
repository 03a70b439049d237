import { Answer } from '../../../shared/schemas/answer.ts';
import { Application } from '../../../shared/schemas/application.ts';
import { JobsmithDocument } from '../../../shared/schemas/document.ts';
import { Follow } from '../../../shared/schemas/follow.ts';
import { Job } from '../../../shared/schemas/job.ts';
import { Profile } from '../../../shared/schemas/profile.ts';
import type { SyncEntity } from '../../../shared/sync/protocol.ts';

/** The zod schema of each synced entity: a merged record is checked against it before it is stored. */
export const ENTITY_SCHEMAS = {
  profile: Profile,
  job: Job,
  application: Application,
  document: JobsmithDocument,
  answer: Answer,
  follow: Follow,
} satisfies Record<SyncEntity, unknown>;
