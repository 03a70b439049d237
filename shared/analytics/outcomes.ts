import type { Application, ApplicationStatus } from '../schemas/application.ts';
import { DAY, plausible } from './dates.ts';

/** Statuses that mean the employer answered. Ghosted is silence, withdrawn is the user's own move. */
export const RESPONSE_STATUSES: ReadonlySet<ApplicationStatus> = new Set(['interviewing', 'offer', 'accepted', 'rejected']);
/** Statuses an application only reaches after it was sent. */
const SENT_STATUSES: ReadonlySet<ApplicationStatus> = new Set(['applied', 'interviewing', 'offer', 'accepted', 'rejected', 'ghosted']);
const INTERVIEW_STATUSES: ReadonlySet<ApplicationStatus> = new Set(['interviewing', 'offer', 'accepted']);
const OFFER_STATUSES: ReadonlySet<ApplicationStatus> = new Set(['offer', 'accepted']);

export type DataIssue = 'no-job' | 'impossible-date' | 'response-before-application';

/** What happened to one application, read from its status history with impossible dates set aside. */
export interface Milestones {
  applied: boolean;
  /** When it was sent; null when unknown or impossible (then it is left out of timing and weeks). */
  appliedAt: number | null;
  responded: boolean;
  /** Days from applying to the employer's first answer; null when either date is unknown or impossible. */
  daysToResponse: number | null;
  interview: boolean;
  offer: boolean;
  /** What the learning loop learns from: an interview or offer, or a rejection or silence. */
  outcome: 'positive' | 'negative' | null;
  issues: DataIssue[];
}

export function milestones(app: Application, now: number): Milestones {
  const issues = new Set<DataIssue>();
  const reached = new Set<ApplicationStatus>([app.status]);
  let firstApplied: number | null = null;
  let firstResponse: number | null = null;
  for (const change of app.statusHistory) {
    reached.add(change.status);
    const known = plausible(change.at, now);
    if (!known) issues.add('impossible-date');
    if (!known) continue;
    if (change.status === 'applied' && (firstApplied === null || change.at < firstApplied)) firstApplied = change.at;
    if (RESPONSE_STATUSES.has(change.status) && (firstResponse === null || change.at < firstResponse)) firstResponse = change.at;
  }
  let appliedAt = app.appliedAt ?? firstApplied;
  if (appliedAt !== null && !plausible(appliedAt, now)) {
    issues.add('impossible-date');
    appliedAt = null;
  }
  const has = (set: ReadonlySet<ApplicationStatus>) => [...reached].some((s) => set.has(s));
  const responded = has(RESPONSE_STATUSES);
  let daysToResponse: number | null = null;
  if (appliedAt !== null && firstResponse !== null) {
    if (firstResponse < appliedAt) issues.add('response-before-application');
    else daysToResponse = (firstResponse - appliedAt) / DAY;
  }
  const interview = has(INTERVIEW_STATUSES) || app.interviews.length > 0;
  const offer = has(OFFER_STATUSES);
  const negative = reached.has('rejected') || reached.has('ghosted');
  return {
    applied: app.appliedAt !== null || has(SENT_STATUSES),
    appliedAt,
    responded,
    daysToResponse,
    interview,
    offer,
    outcome: interview || offer ? 'positive' : negative ? 'negative' : null,
    issues: [...issues],
  };
}
