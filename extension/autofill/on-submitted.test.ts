import { describe, expect, it } from 'vitest';
import { listAnswers, updateAnswer } from '../db/answers.ts';
import { listApplications } from '../db/applications.ts';
import { loadResumeFile, saveResumeFile } from '../db/files.ts';
import { saveJob } from '../db/jobs.ts';
import { capture, freshDb } from '../test/helpers.ts';
import { onConfirmation, onSubmitted } from './on-submitted.ts';

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

describe('remembered answers: where they apply', () => {
  it('keeps an answer that names the company for that company, others for every form', async () => {
    const db = freshDb();
    const job = capture('Line Cook', 'Copper Kettle');
    await onSubmitted({ db, jobOfTab: async () => job, now: () => 1000 }, [
      { question: 'Why do you want to work at Copper Kettle?', answer: 'I love your brunch menu' },
      { question: 'Do you have a food handler card?', answer: 'Yes' },
    ]);
    const answers = await listAnswers(db);
    expect(answers.map((a) => [a.questionText, a.scope])).toEqual([
      ['Do you have a food handler card?', { kind: 'global' }],
      ['Why do you want to work at Copper Kettle?', { kind: 'company', company: 'Copper Kettle' }],
    ]);
    // Learned on Copper Kettle's form: the user can narrow the global one to it.
    expect(answers[0]?.learnedFrom).toBe('Copper Kettle');
    await updateAnswer(db, answers[0]?.id ?? '', { scope: { kind: 'company', company: 'Copper Kettle' } }, 2000);
    expect((await listAnswers(db))[0]?.scope).toEqual({ kind: 'company', company: 'Copper Kettle' });
  });
});

describe('the resume sent', () => {
  it('records the resume version autofill attached on the application, and the tracker shows it', async () => {
    const db = freshDb();
    await saveResumeFile(db, { name: 'jose-muller.pdf', type: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) }, 500);
    const documentId = (await loadResumeFile(db))?.documentId ?? null;
    expect(documentId).not.toBeNull();
    const job = capture('Staff Accountant', 'Harbor Freight');
    await onSubmitted({ db, jobOfTab: async () => job, attachedResume: async () => documentId, now: () => 1000 }, []);
    const [row] = await listApplications(db);
    expect(row?.application).toMatchObject({ status: 'applied', appliedAt: 1000, resumeDocumentId: documentId });
    expect(row?.resumeSent).toBe('jose-muller.pdf');
  });
});

describe('a confirmation page', () => {
  it('in a tab Jobsmith never filled marks nothing applied', async () => {
    const db = freshDb();
    expect(await onConfirmation({ db, filledFor: async () => null, now: () => 1000 })).toBe('not-filled');
    expect(await db.applications.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('after a fill marks the job filled for applied, with the resume attached, and stores no answer', async () => {
    const db = freshDb();
    await saveResumeFile(db, { name: 'jose-muller.pdf', type: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) }, 500);
    const documentId = (await loadResumeFile(db))?.documentId ?? null;
    const job = capture('Supply Chain Analyst', 'Acme Industrial');
    expect(await onConfirmation({ db, filledFor: async () => job, attachedResume: async () => documentId, now: () => 2000 })).toBe(
      'applied',
    );
    const [row] = await listApplications(db);
    expect(row?.application).toMatchObject({ status: 'applied', appliedAt: 2000, resumeDocumentId: documentId });
    expect(await listAnswers(db)).toEqual([]);
  });
});
