import type { JobCapture } from '../../shared/schemas/job.ts';
import { rememberAnswer } from '../db/answers.ts';
import { markApplied } from '../db/applications.ts';
import type { JobsmithDb } from '../db/database.ts';
import { recordEvent } from '../db/events.ts';

/**
 * A form was submitted in a tab: remember the answers the user gave to questions autofill
 * left to them, and move the tab's job to "applied" (saving it first if needed).
 */
export async function onSubmitted(
  deps: {
    db: JobsmithDb;
    jobOfTab: () => Promise<JobCapture | null>;
    /** The resume document autofill attached in this tab, if any. */
    attachedResume?: () => Promise<string | null>;
    now?: () => number;
  },
  answers: Array<{ question: string; answer: string }>,
): Promise<'applied' | 'no-job'> {
  const now = deps.now?.() ?? Date.now();
  const job = await deps.jobOfTab();
  for (const { question, answer } of answers) await rememberAnswer(deps.db, question, answer, now, job?.company);
  if (!job) return 'no-job';
  const application = await markApplied(deps.db, job, now, (await deps.attachedResume?.()) ?? null);
  await recordEvent(deps.db, 'submitted', { jobId: application.jobId, applicationId: application.id, props: { source: job.source } }, now);
  return 'applied';
}

/**
 * A page reads like an ATS's "application received" confirmation. It counts only in a tab where
 * Jobsmith filled a form, for the job it filled for: a job page thanking readers for their
 * interest, or a page that never had a fill, is not an application sent.
 */
export async function onConfirmation(deps: {
  db: JobsmithDb;
  /** The job the tab's form was filled for; null when Jobsmith filled nothing in the tab. */
  filledFor: () => Promise<JobCapture | null>;
  attachedResume?: () => Promise<string | null>;
  now?: () => number;
}): Promise<'applied' | 'not-filled'> {
  const job = await deps.filledFor();
  if (!job) return 'not-filled';
  await onSubmitted({ ...deps, jobOfTab: async () => job }, []);
  return 'applied';
}
