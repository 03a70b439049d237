import { describe, expect, it } from 'vitest';
import { listAnswers } from '../db/answers.ts';
import { saveJob } from '../db/jobs.ts';
import { capture, freshDb } from '../test/helpers.ts';
import { onSubmitted } from './on-submitted.ts';

describe('onSubmitted', () => {
  it('moves a saved job to applied, once, and queues the change for sync', async () => {
    const db = freshDb();
    const job = capture('Pipe Welder', 'Gulf Fabrication');
    await saveJob(db, job, 1000);
    expect(await onSubmitted({ db, jobOfTab: async () => job, now: () => 2000 }, [])).toBe('applied');
    await onSubmitted({ db, jobOfTab: async () => job, now: () => 3000 }, []);
    const [application] = await db.applications.toArray();
    expect(application).toMatchObject({ status: 'applied', appliedAt: 2000 });
    expect(application?.statusHistory.map((h) => h.status)).toEqual(['saved', 'applied']);
    expect((await db.outbox.toArray()).map((e) => e.change.entity)).toEqual(['job', 'application', 'application']);
  });

  it('saves a job that was never saved, and remembers the answers, replacing older ones', async () => {
    const db = freshDb();
    const job = capture('Line Cook', 'Copper Kettle');
    await onSubmitted({ db, jobOfTab: async () => job, now: () => 1000 }, [
      { question: 'Do you have a food handler card? *', answer: 'No' },
    ]);
    await onSubmitted({ db, jobOfTab: async () => job, now: () => 2000 }, [
      { question: 'Do you have a food handler card?', answer: 'Yes' },
    ]);
    expect((await db.applications.toArray())[0]?.status).toBe('applied');
    const answers = await listAnswers(db);
    expect(answers.map((a) => [a.question, a.answer])).toEqual([['do you have a food handler card', 'Yes']]);
  });

  it('without a job on the page it still remembers the answers', async () => {
    const db = freshDb();
    expect(await onSubmitted({ db, jobOfTab: async () => null }, [{ question: 'Pronouns', answer: 'she/her' }])).toBe('no-job');
    expect(await db.applications.count()).toBe(0);
    expect((await listAnswers(db))[0]?.answer).toBe('she/her');
  });
});
