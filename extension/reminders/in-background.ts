import { browser } from 'wxt/browser';
import { setStatus } from '../db/applications.ts';
import { database } from '../db/database.ts';
import { showNotification } from '../notify.ts';
import { getPreferences } from '../preferences.ts';
import { appNow, markReminderShown, shownReminders } from '../settings.ts';
import { checkReminders } from './check-reminders.ts';

/**
 * Follow-ups, interviews tomorrow, "ghosted?": checked by the background on its alarm and shown
 * as notifications, each once; "Mark as ghosted" on the notification does what it says.
 */
export function createBackgroundReminders() {
  browser.notifications.onButtonClicked?.addListener((id) => {
    if (id.endsWith(':ghosted')) void setStatus(database(), [id.split(':')[0] ?? ''], 'ghosted', Date.now()).catch(() => undefined);
  });
  return () =>
    checkReminders({
      db: database(),
      now: appNow,
      settings: async () => (await getPreferences()).reminders,
      shown: shownReminders,
      markShown: markReminderShown,
      notify: (r) =>
        showNotification(r.key, { title: r.title, message: r.message, ...(r.kind === 'ghosted' ? { buttons: ['Mark as ghosted'] } : {}) }),
    });
}
