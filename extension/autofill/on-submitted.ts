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
