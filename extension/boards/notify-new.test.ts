import { describe, expect, it } from 'vitest';
import { JobCapture } from '../../shared/schemas/job.ts';
import { NURSE } from '../../shared/testing/sample-profiles.ts';
import type { StoredBoardJob } from '../db/board-jobs.ts';
import { saveJob } from '../db/jobs.ts';
import { freshDb } from '../test/helpers.ts';
import { type BoardNotice, jobOfNotice, notifyNewJobs } from './notify-new.ts';

const profile = NURSE;

let n = 0;
function row(title: string, requirements: string[]): StoredBoardJob {
  n++;
  const job = JobCapture.parse({
    source: 'greenhouse',
    sourceId: String(n),
    url: `https://job-boards.greenhouse.io/acme/jobs/${n}`,
    title,
    company: 'Acme',
    description: `${title}. ${requirements.join('. ')}`,
    requirements: { required: requirements, preferred: [] },
    dedupeKey: `acme|${title.toLowerCase()}`,
  });
  return {
    boardKey: 'greenhouse::acme:',
    jobKey: String(n),
    job,
    firstSeenAt: 1,
    lastSeenAt: 1,
    closedAt: null,
    changedAt: 1,
    notifiedAt: null,
  };
}

/** Notifications on above 60%, at time 5, each notice pushed to `notices`. */
function notifyInto(db: ReturnType<typeof freshDb>, notices: BoardNotice[]) {
  return { db, profile, settings: { notify: true, notifyAbove: 60 }, now: 5, notify: async (x: BoardNotice) => void notices.push(x) };
}

describe('notifyNewJobs', () => {
  it('tells of new jobs that fit, best first, three by name and one line for the rest, each once', async () => {
    const db = freshDb();
    const fitting = [
      'ICU Registered Nurse',
      'Cardiac ICU Nurse',
      'Registered Nurse, Med-Surg',
      'Critical Care Registered Nurse',
      'Registered Nurse',
    ].map((t) => row(t, ['Active RN license', 'BLS and ACLS', 'Charting in Epic', 'Patient care in an ICU']));
    const other = row('Forklift Driver', ['Forklift certification', 'Lift 50 lb']);
    const saved = row('ICU Charge Nurse', ['Active RN license', 'BLS and ACLS', 'Charting in Epic']);
    await saveJob(db, saved.job, 1);
    await db.boardJobs.bulkPut([...fitting, other, saved]);
    const notices: BoardNotice[] = [];
    const deps = notifyInto(db, notices);
    const told = await notifyNewJobs(deps, [...fitting, other, saved]);
    expect(told.map((r) => r.job.title).sort()).toEqual(fitting.map((r) => r.job.title).sort());
    expect(notices).toHaveLength(4);
    expect(notices.slice(0, 3).every((x) => jobOfNotice(x.id) !== null)).toBe(true);
    expect(notices[0]?.title).toMatch(/^New at Acme: /);
    expect(notices[0]?.message).toMatch(/^\d+% match/);
    expect(notices[3]).toMatchObject({ title: '2 more new jobs fit you' });
    // Marked: the next refresh tells nothing again.
    const stored = await db.boardJobs.bulkGet(fitting.map((r) => [r.boardKey, r.jobKey]));
    expect(stored.every((r) => r?.notifiedAt === 5)).toBe(true);
    expect(await notifyNewJobs(deps, stored as StoredBoardJob[])).toEqual([]);
  });

  it('is quiet when switched off, without a profile, or below the threshold', async () => {
    const db = freshDb();
    const job = row('ICU Registered Nurse', ['Active RN license', 'BLS and ACLS']);
    const notices: BoardNotice[] = [];
    const base = notifyInto(db, notices);
    expect(await notifyNewJobs({ ...base, settings: { notify: false, notifyAbove: 0 } }, [job])).toEqual([]);
    expect(await notifyNewJobs({ ...base, profile: null }, [job])).toEqual([]);
    expect(await notifyNewJobs({ ...base, settings: { notify: true, notifyAbove: 100 } }, [job])).toEqual([]);
    expect(notices).toEqual([]);
    expect(jobOfNotice('board-job:not json')).toBeNull();
    expect(jobOfNotice('reminder:1')).toBeNull();
  });
});
