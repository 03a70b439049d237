import type { Application } from '../schemas/application.ts';
import type { Job } from '../schemas/job.ts';

/**
 * Which reminders are due: a follow-up some days after applying with no answer, the day before
 * an interview, and a "ghosted?" suggestion after a longer silence. Pure: the background asks
 * with the time (a clock tests control) and shows what is due and not shown before.
 */

export interface ReminderSettings {
  /** Days after applying with no response before a follow-up reminder. */
  followUpDays: number;
  /** Days after applying with no response before suggesting "ghosted". */
  ghostedDays: number;
  /** A reminder the day before each interview. */
  interviews: boolean;
}

export const DEFAULT_REMINDERS: ReminderSettings = { followUpDays: 7, ghostedDays: 21, interviews: true };

export type ReminderKind = 'follow-up' | 'interview' | 'ghosted';

export interface Reminder {
  /** Stable per application and occasion: shown once. */
  key: string;
  kind: ReminderKind;
  applicationId: string;
  at: number;
  title: string;
  message: string;
}

const DAY = 24 * 60 * 60 * 1000;

/** Reminders whose time has come (at ≤ now), oldest first; interviews already past are not reminded. */
export function dueReminders(
  rows: Array<{ application: Application; job: Job | undefined }>,
  settings: ReminderSettings,
  now: number,
): Reminder[] {
  const due: Reminder[] = [];
  for (const { application: a, job } of rows) {
    if (a.deletedAt !== null) continue;
    const what = job ? `${job.title}${job.company ? ` at ${job.company}` : ''}` : 'an application';
    // Still "applied": nothing heard back since.
    if (a.status === 'applied' && a.appliedAt !== null && a.appliedAt <= now) {
      const silentDays = Math.floor((now - a.appliedAt) / DAY);
      if (settings.followUpDays > 0 && now >= a.appliedAt + settings.followUpDays * DAY)
        due.push({
          key: `${a.id}:follow-up`,
          kind: 'follow-up',
          applicationId: a.id,
          at: a.appliedAt + settings.followUpDays * DAY,
          title: 'Time to follow up',
          message: `No answer on ${what} for ${silentDays} days. A short note to the recruiter helps.`,
        });
      if (settings.ghostedDays > 0 && now >= a.appliedAt + settings.ghostedDays * DAY)
        due.push({
          key: `${a.id}:ghosted`,
          kind: 'ghosted',
          applicationId: a.id,
          at: a.appliedAt + settings.ghostedDays * DAY,
          title: 'Mark as ghosted?',
          message: `${silentDays} days without a response from ${what}.`,
        });
    }
    if (settings.interviews)
      for (const interview of a.interviews ?? []) {
        const remindAt = interview.at - DAY;
        if (interview.outcome === 'pending' && now >= remindAt && now < interview.at)
          due.push({
            key: `${a.id}:interview:${interview.id}`,
            kind: 'interview',
            applicationId: a.id,
            at: remindAt,
            title: 'Interview tomorrow',
            message: `${interview.round || 'Interview'} for ${what}${interview.interviewer ? ` with ${interview.interviewer}` : ''}.`,
          });
      }
  }
  return due.sort((x, y) => x.at - y.at);
}
