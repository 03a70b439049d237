import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Answer } from '../../shared/schemas/answer.ts';
import type { Application } from '../../shared/schemas/application.ts';
import type { JobsmithDocument } from '../../shared/schemas/document.ts';
import type { Follow } from '../../shared/schemas/follow.ts';
import type { Job } from '../../shared/schemas/job.ts';
import type { Profile } from '../../shared/schemas/profile.ts';
import type { SyncChange } from '../../shared/sync/protocol.ts';
import type { BoardReadState, StoredBoardJob } from './board-jobs.ts';
import type { StoredEvent } from './events.ts';

/** A change waiting to be pushed. It holds a snapshot, so a retried push sends the same op. */
/** A file the user gave Jobsmith (their resume PDF), attached by autofill to upload fields. */
export interface StoredFile {
  id: string;
  name: string;
  type: string;
  bytes: Uint8Array;
  addedAt: number;
  /** The document this file is a version of: applications record it as what was sent. */
  documentId?: string;
}

export interface OutboxEntry {
  seq?: number;
  opId: string;
  change: SyncChange;
  createdAt: number;
}

/**
 * The device's source of truth (DESIGN §4). Each schema change is a new version with an
 * upgrade function when existing rows need reshaping; never edit a shipped version.
 */
export class JobsmithDb extends Dexie {
  profile!: EntityTable<Profile, 'id'>;
  jobs!: EntityTable<Job, 'id'>;
  applications!: EntityTable<Application, 'id'>;
  documents!: EntityTable<JobsmithDocument, 'id'>;
  answers!: EntityTable<Answer, 'id'>;
  follows!: EntityTable<Follow, 'id'>;
  /** Jobs of followed boards (not synced: each device pulls them, or reads the boards itself). */
  boardJobs!: Table<StoredBoardJob, [string, string]>;
  boardReads!: EntityTable<BoardReadState, 'boardKey'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  files!: EntityTable<StoredFile, 'id'>;
  events!: EntityTable<StoredEvent, 'id'>;

  constructor(name = 'jobsmith', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      profile: 'id',
      jobs: 'id, dedupeKey, updatedAt',
      applications: 'id, jobId, status, updatedAt',
      documents: 'id, jobId, applicationId, kind',
      answers: 'id, question',
      outbox: '++seq, &opId',
    });
    // v2: the resume file itself, for autofill's upload fields. A new table: no rows to reshape.
    this.version(2).stores({ files: 'id' });
    // v3: the profile has one fixed id on every device (db/profile.ts), so devices merge it.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        const profiles = tx.table('profile');
        for (const old of await profiles.toArray()) {
          if (old.id === '00000000000000000000000000') continue;
          await profiles.delete(old.id);
          if (old.deletedAt === null) await profiles.put({ ...old, id: '00000000000000000000000000' });
        }
      });
    // v4: analytics events, kept on the device (sent to the worker when signed in).
    this.version(4).stores({ events: 'id, at, type' });
    // v5: the boards the user follows (issue 17), synced. A new table: no rows to reshape.
    this.version(5).stores({ follows: 'id, boardKey' });
    this.version(6).stores({ boardJobs: '[boardKey+jobKey], boardKey', boardReads: 'boardKey' });
  }
}

let shared: JobsmithDb | undefined;

/** The one database of this extension context. */
export function database(): JobsmithDb {
  shared ??= new JobsmithDb();
  return shared;
}
