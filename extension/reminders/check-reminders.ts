import { dueReminders, type Reminder, type ReminderSettings } from '../../shared/reminders/plan.ts';
import type { JobsmithDb } from '../db/database.ts';

export interface ReminderDeps {
  db: JobsmithDb;
  now: () => Promise<number>;
  settings: () => Promise<ReminderSettings>;
  shown: () => Promise<Set<string>>;
  markShown: (key: string) => Promise<void>;
  notify: (reminder: Reminder) => Promise<void>;
}

/** Shows every reminder that is due and was not shown before; returns them. */
export async function checkReminders(deps: ReminderDeps): Promise<Reminder[]> {
  const [applications, jobs, now, settings, shown] = await Promise.all([
    deps.db.applications.toArray(),
    deps.db.jobs.toArray(),
    deps.now(),
    deps.settings(),
    deps.shown(),
  ]);
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const fresh = dueReminders(
    applications.map((application) => ({ application, job: byId.get(application.jobId) })),
    settings,
    now,
  ).filter((r) => !shown.has(r.key));
  for (const reminder of fresh) {
    await deps.notify(reminder);
    await deps.markShown(reminder.key);
  }
  return fresh;
}
