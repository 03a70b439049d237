import { createMatcher } from '../../shared/match/score.ts';
import type { Job, JobCapture } from '../../shared/schemas/job.ts';
import type { Profile } from '../../shared/schemas/profile.ts';

/**
 * Match scores of the user's saved jobs, for the Tracker and Analytics alike: worked out a few
 * milliseconds at a time, so 5,000 jobs never freeze the panel, and kept per job version for the
 * profile they were scored against, so opening the other tab, or this one again, scores only
 * what changed.
 */

/** Work runs in slices this long (ms), so typing and scrolling stay smooth while it runs. */
const SLICE_MS = 8;

/**
 * `each` over the items, yielding to the page between slices. Returns null as soon as
 * `stillWanted` says the result is no longer wanted (a newer load started).
 */
export async function inSlices<T, R>(
  items: readonly T[],
  each: (item: T) => R,
  stillWanted: () => boolean = () => true,
): Promise<R[] | null> {
  const out: R[] = [];
  let next = 0;
  while (next < items.length) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!stillWanted()) return null;
    const started = performance.now();
    while (next < items.length && performance.now() - started < SLICE_MS) out.push(each(items[next++] as T));
  }
  return out;
}

/** What a list shows of a job's match: its score, and whether a knock-out (a stated must the profile lacks) rules it out. */
export interface KnownMatch {
  score: number;
  knockedOut: boolean;
}

/** A job to score: any capture with an id and a version (a saved job, or a followed board's job). */
export type Scorable = JobCapture & Pick<Job, 'id' | 'updatedAt'>;

const cache = new Map<string, KnownMatch>();
let scoredFor: number | null = null;

const keyOf = (job: Pick<Job, 'id' | 'updatedAt'>) => `${job.id}:${job.updatedAt}`;

function forProfile(profile: Profile | null) {
  if ((profile?.updatedAt ?? null) !== scoredFor) {
    cache.clear();
    scoredFor = profile?.updatedAt ?? null;
  }
}

/** The score already worked out for this version of the job against this profile, else null. */
export function knownScore(profile: Profile | null, job: Pick<Job, 'id' | 'updatedAt'>): number | null {
  forProfile(profile);
  return cache.get(keyOf(job))?.score ?? null;
}

/** The match already worked out for this version of the job against this profile, else null. */
export function knownMatch(profile: Profile | null, job: Pick<Job, 'id' | 'updatedAt'>): KnownMatch | null {
  forProfile(profile);
  return cache.get(keyOf(job)) ?? null;
}

/** Scores every job not scored yet (in slices); false when `stillWanted` stopped it first. */
export async function scoreJobs(profile: Profile, jobs: readonly Scorable[], stillWanted: () => boolean = () => true): Promise<boolean> {
  forProfile(profile);
  const todo = jobs.filter((job) => !cache.has(keyOf(job)));
  if (todo.length === 0) return true;
  const match = createMatcher(profile, new Date());
  const scored = await inSlices(
    todo,
    (job) => {
      const result = match(job);
      return [keyOf(job), { score: result.score, knockedOut: result.knockouts.length > 0 }] as const;
    },
    stillWanted,
  );
  if (!scored || (profile.updatedAt ?? null) !== scoredFor) return false;
  for (const [key, score] of scored) cache.set(key, score);
  return true;
}
