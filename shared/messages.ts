import { z } from 'zod';
import { type Device, SignUpRequest } from './api/auth.ts';
import type { InterviewFeedback } from './api/coach.ts';
import type { GenerateResult } from './api/generate.ts';
import type { WritersResponse } from './api/writers.ts';
import { AutofillReport } from './autofill/field-schema.ts';
import type { Reminder } from './reminders/plan.ts';
import { HttpUrl } from './schemas/common.ts';
import { JobCapture } from './schemas/job.ts';

/**
 * Messages between content scripts, the background service worker and the side panel.
 * Every message is validated against these schemas on receipt; the background also checks
 * who sent it (see extension/messaging/router.ts), because a content script runs on pages we
 * do not control and must never be able to ask for profile data or tokens.
 */

const TabId = z.number().int().nonnegative();

export const SyncState = z.enum(['signed-out', 'synced', 'pending', 'offline', 'error']);
export const SyncStatus = z.object({
  state: SyncState,
  pending: z.number().int().nonnegative(),
  error: z.string().nullable(),
  lastSyncAt: z.number().nullable(),
  email: z.string().nullable(),
  apiUrl: z.string(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

/** A site as "Always on this site" names it: scheme and host, e.g. `https://careers.example.com`. */
export const Site = z.string().regex(/^https?:\/\/[^/:?#]+$/, 'a site is scheme://host');

/**
 * Why the panel shows what it shows for a tab. Jobsmith reads the site units' pages by itself,
 * the sites the user chose "Always on this site" for, and any other web page only when asked.
 */
export const PageAccess = z.discriminatedUnion('kind', [
  /** chrome://, about:, the extension stores: no extension may read them. */
  z.object({ kind: z.literal('browser-page') }),
  /** A site unit's page (the manifest's content scripts). */
  z.object({ kind: z.literal('site') }),
  z.object({ kind: z.literal('always'), site: Site }),
  /** `read`: the reading scripts run in the tab's page now, because the user asked. */
  z.object({ kind: z.literal('on-demand'), site: Site, read: z.boolean() }),
]);
export type PageAccess = z.infer<typeof PageAccess>;

/** Sent by content scripts to the background. */
export const ContentToBackground = z.discriminatedUnion('type', [
  /** What the page shows now; `job: null` means "no job on this page" (and clears a stale one). */
  z.object({ type: z.literal('page/job'), url: HttpUrl, job: JobCapture.nullable() }),
  /**
   * The user submitted an application form. `answers` are their own answers to the questions
   * autofill left to them, to remember for next time.
   */
  /** The user clicked the inline Autofill button on the page (a trusted click). */
  z.object({ type: z.literal('page/autofill') }),
  /** A frame of the page holds an application form (an embedded board): autofill looks there too. */
  z.object({ type: z.literal('page/form-frame') }),
  z.object({
    type: z.literal('page/submitted'),
    url: HttpUrl,
    answers: z.array(z.object({ question: z.string().min(1).max(2000), answer: z.string().min(1).max(20_000) })).max(100),
  }),
  /** The page reads like an ATS's "application received" confirmation (after a submit that was not a form post). */
  z.object({ type: z.literal('page/confirmation'), url: HttpUrl }),
  /** The autofill script asks what its page's site unit says of its forms (the reply is `SiteFacts`, or null off the units). */
  z.object({ type: z.literal('page/site-facts') }),
]);
export type ContentToBackground = z.infer<typeof ContentToBackground>;

/** What the panel sends to sign up or in: the account API's own fields (shared/api/auth.ts). */
const Credentials = SignUpRequest.pick({ email: true, password: true });

/** Sent by extension pages (the side panel) to the background. */
export const PanelToBackground = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab/get-job'), tabId: TabId }),
  z.object({ type: z.literal('sync/now') }),
  z.object({ type: z.literal('sync/get-status') }),
  z.object({ type: z.literal('settings/set-api-url'), apiUrl: HttpUrl }),
  z.object({ type: z.literal('auth/sign-up'), ...Credentials.shape }),
  z.object({ type: z.literal('auth/sign-in'), ...Credentials.shape }),
  z.object({ type: z.literal('auth/sign-out') }),
  z.object({ type: z.literal('auth/sign-out-all') }),
  /** Shows due reminders now (the alarm does it every 30 minutes). */
  z.object({ type: z.literal('reminders/check') }),
  /** Feedback on a practised interview answer, by the worker's models (signed in). */
  z.object({
    type: z.literal('coach/feedback'),
    question: z.string().trim().min(1).max(2000),
    answer: z.string().trim().min(1).max(5000),
    job: JobCapture,
  }),
  z.object({ type: z.literal('auth/devices') }),
  z.object({ type: z.literal('auth/revoke-device'), deviceId: z.string().min(1).max(100) }),
  z.object({ type: z.literal('account/export') }),
  z.object({ type: z.literal('account/delete'), password: z.string().min(1).max(200) }),
  z.object({ type: z.literal('autofill/run'), tabId: TabId, refill: z.boolean().default(false) }),
  /** How Jobsmith may read the tab's page, and whether it does. */
  z.object({ type: z.literal('access/get'), tabId: TabId }),
  /** Reads the tab's page now (allowed after the user's click on the toolbar button, shortcut or menu). */
  z.object({ type: z.literal('access/read'), tabId: TabId }),
  /** The panel obtained the tab's site permission: read it on every visit, from now on. */
  z.object({ type: z.literal('access/always'), tabId: TabId }),
  z.object({ type: z.literal('access/sites') }),
  z.object({ type: z.literal('access/remove'), site: Site }),
  /** Tailoring by the worker's models; the reply is null when the user is not signed in (tailor offline). */
  z.object({
    type: z.literal('generate/run'),
    tabId: TabId,
    kind: z.enum(['resume', 'cover-letter']),
    /** Names this run's `generate/delta` broadcasts. */
    requestId: z.string().min(1).max(40),
  }),
  /** Which AI models the server would write with for this account; null when signed out or unreachable. */
  z.object({ type: z.literal('generate/writers') }),
  /**
   * Reads the followed boards now (issue 17): the one just followed (`boardKey`), whatever its
   * schedule, or every board that is due; signed in, also pulls what the worker read.
   */
  z.object({ type: z.literal('boards/refresh'), boardKey: z.string().min(1).max(600).optional() }),
]);
export type PanelToBackground = z.infer<typeof PanelToBackground>;

/** Broadcast by the background to extension pages. */
export const BackgroundBroadcast = z.discriminatedUnion('type', [
  /** A fill started from the page or the keyboard shortcut finished: the Apply tab shows it. */
  z.object({ type: z.literal('autofill/finished'), tabId: TabId, report: AutofillReport.nullable(), error: z.string().nullable() }),
  z.object({ type: z.literal('tab/job-changed'), tabId: TabId, job: JobCapture.nullable() }),
  z.object({ type: z.literal('sync/status-changed'), status: SyncStatus }),
  /** A cover letter as the model writes it. */
  z.object({ type: z.literal('generate/delta'), requestId: z.string(), text: z.string().max(20_000) }),
  /** Followed boards' jobs changed on this device: "New for you" reloads. */
  z.object({ type: z.literal('boards/changed') }),
]);
export type BackgroundBroadcast = z.infer<typeof BackgroundBroadcast>;

/**
 * Sent by the background to a tab's content scripts. A type, not a schema: content scripts
 * check `type` by hand and hold no zod, to stay small; the background validates every reply.
 */
export type BackgroundToContent =
  | { type: 'content/get-job' }
  | { type: 'content/collect-form' }
  | { type: 'content/apply-fill'; steps: unknown[]; resume: { name: string; type: string; bytes: number[] } | null; askUser: string[] };

export type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

/** What each panel request answers with. */
export interface PanelReplies {
  'tab/get-job': JobCapture | null;
  'sync/now': SyncStatus;
  'sync/get-status': SyncStatus;
  'settings/set-api-url': SyncStatus;
  'auth/sign-up': SyncStatus;
  'auth/sign-in': SyncStatus;
  'auth/sign-out': SyncStatus;
  'auth/sign-out-all': SyncStatus;
  'reminders/check': Reminder[];
  'coach/feedback': InterviewFeedback;
  'auth/devices': Device[];
  'auth/revoke-device': Device[];
  'account/export': Record<string, unknown>;
  'account/delete': SyncStatus;
  'autofill/run': AutofillReport;
  'generate/run': GenerateResult | null;
  'generate/writers': WritersResponse | null;
  'access/get': PageAccess;
  'access/read': PageAccess;
  'access/always': PageAccess;
  /** The sites the user chose "Always on this site" for, that the browser still grants. */
  'access/sites': string[];
  'access/remove': string[];
  'boards/refresh': BoardsRefreshed;
}

/** What a refresh of the followed boards did: boards read on this device, and jobs new to them. */
export interface BoardsRefreshed {
  read: number;
  added: number;
  pulled: number;
}
