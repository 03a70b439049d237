import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { DEFAULT_REMINDERS } from '../shared/reminders/plan.ts';

/**
 * The user's choices the panel edits (reminders, the duplicate guard), apart from settings.ts:
 * the panel may read these, and never the session token kept there.
 */
/** A new job that fits this well (match score, %) is worth interrupting the user for. */
export const DEFAULT_NOTIFY_ABOVE = 70;

/** The user's choices for reminders and the duplicate guard. */
export const Preferences = z.object({
  reminders: z
    .object({
      followUpDays: z.number().int().min(0).max(90),
      ghostedDays: z.number().int().min(0).max(365),
      interviews: z.boolean(),
    })
    .default(DEFAULT_REMINDERS),
  /** Warn when applying to a company applied to within this many days (0: never). */
  companyWindowDays: z.number().int().min(0).max(730).default(90),
  /** New jobs on followed boards (issue 17): a notification for those that score at least `notifyAbove`. */
  discover: z
    .object({ notify: z.boolean(), notifyAbove: z.number().int().min(0).max(100) })
    .default({ notify: true, notifyAbove: DEFAULT_NOTIFY_ABOVE }),
});
export type Preferences = z.infer<typeof Preferences>;

const item = storage.defineItem<unknown>('local:preferences');

export async function getPreferences(): Promise<Preferences> {
  const parsed = Preferences.safeParse((await item.getValue()) ?? {});
  return parsed.success ? parsed.data : Preferences.parse({});
}

export async function setPreferences(preferences: Preferences): Promise<void> {
  await item.setValue(Preferences.parse(preferences));
}
