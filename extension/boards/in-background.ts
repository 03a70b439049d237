import { browser } from 'wxt/browser';
import type { BoardsRefreshed } from '../../shared/messages.ts';
import { database } from '../db/database.ts';
import { loadProfile, toDraft } from '../db/profile.ts';
import { showNotification } from '../notify.ts';
import { getPreferences } from '../preferences.ts';
import { appNow, type BoardCursor, getApiUrl, getBoardCursor, getSession, setBoardCursor, setSession } from '../settings.ts';
import { createApiClient } from '../sync/api-client.ts';
import { hasSyncConsent } from '../sync/consent.ts';
import { jobOfNotice, notifyNewJobs } from './notify-new.ts';
import { refreshBoards } from './refresh-boards.ts';

/**
 * The background's side of following boards (issue 17): a refresh on the schedule or on the
 * panel's request, one at a time (an alarm and a click never read a board twice at once), the
 * notifications for new jobs that fit, and a click on one opening the job.
 */

export const BOARDS_ALARM = 'jobsmith-boards';
/** How often the background looks for due boards (each board has its own interval: refresh-boards.ts). */
export const BOARDS_ALARM_MINUTES = 15;

export function createBackgroundBoards(options: { broadcast: () => void; ensureTaxonomy: () => Promise<unknown> }) {
  let running: Promise<unknown> = Promise.resolve();

  async function pullSource() {
    const session = await getSession();
    if (!session || !(await hasSyncConsent())) return null;
    const api = createApiClient({ baseUrl: await getApiUrl(), getSession, setSession });
    return {
      page: (since: string | undefined) => api.boardJobs(since),
      cursor: { get: () => getBoardCursor(session.userId), set: (cursor: BoardCursor) => setBoardCursor(session.userId, cursor) },
    };
  }

  async function once(boardKey: string | undefined): Promise<BoardsRefreshed> {
    const db = database();
    const refreshed = await refreshBoards(
      {
        db,
        now: appNow,
        fetch: (url, init) => fetch(url, { ...init, signal: AbortSignal.timeout(20_000) }),
        hasPermission: (origins) => browser.permissions.contains({ origins }),
        pull: pullSource,
      },
      boardKey ? { boardKey } : {},
    );
    if (refreshed.read > 0 || refreshed.pulled > 0) options.broadcast();
    if (refreshed.added.length > 0) {
      const [profile, preferences] = await Promise.all([loadProfile(db), getPreferences(), options.ensureTaxonomy()]);
      await notifyNewJobs(
        {
          db,
          profile: profile ? toDraft(profile) : null,
          settings: preferences.discover,
          now: await appNow(),
          notify: (notice) => showNotification(notice.id, notice),
        },
        refreshed.added,
      );
    }
    return { read: refreshed.read, pulled: refreshed.pulled, added: refreshed.added.length };
  }

  /** Refreshes after any refresh already running (a failure of one does not stop the next). */
  function refresh(boardKey?: string): Promise<BoardsRefreshed> {
    const next = running.catch(() => undefined).then(() => once(boardKey));
    running = next;
    return next;
  }

  /** A click on a new job's notification opens its page. */
  async function opened(notificationId: string): Promise<void> {
    const key = jobOfNotice(notificationId);
    if (!key) return;
    const row = await database().boardJobs.get(key);
    if (row) await browser.tabs.create({ url: row.job.url });
    await browser.notifications.clear(notificationId);
  }

  return { refresh, opened };
}
