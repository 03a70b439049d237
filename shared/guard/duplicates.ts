import type { Application } from '../schemas/application.ts';
import type { Job, JobCapture } from '../schemas/job.ts';

/**
 * Before saving or autofilling: has the user applied to this very job (same dedupe key, on any
 * site), or to the same company recently? Both are warnings, never blocks.
 */

export interface DuplicateWarning {
  kind: 'same-job' | 'same-company';
  message: string;
  applicationId: string;
}

const DAY = 24 * 60 * 60 * 1000;
const SENT = new Set(['applied', 'interviewing', 'offer', 'accepted', 'rejected', 'ghosted']);
const companyKey = (name: string) =>
  name
    .toLowerCase()
    .replace(/\b(inc|llc|ltd|gmbh|corp(oration)?|co|plc|ag|s\.?a)\b\.?/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function duplicateWarnings(
  capture: JobCapture,
  rows: Array<{ application: Application; job: Job }>,
  companyWindowDays: number,
  now: number,
): DuplicateWarning[] {
  const warnings: DuplicateWarning[] = [];
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  for (const { application, job } of rows) {
    if (application.deletedAt !== null || job.deletedAt !== null || !SENT.has(application.status)) continue;
    const when = application.appliedAt ?? application.updatedAt;
    if (job.dedupeKey === capture.dedupeKey) {
      warnings.push({
        kind: 'same-job',
        applicationId: application.id,
        message: `You already applied to this job on ${day(when)} (${application.status}).`,
      });
    } else if (
      companyWindowDays > 0 &&
      capture.company &&
      companyKey(job.company) === companyKey(capture.company) &&
      now - when <= companyWindowDays * DAY &&
      when <= now
    ) {
      warnings.push({
        kind: 'same-company',
        applicationId: application.id,
        message: `You applied to ${job.company} for "${job.title}" on ${day(when)} (${application.status}).`,
      });
    }
  }
  return warnings;
}
