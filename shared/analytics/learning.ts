import { displayName, type Features } from './features.ts';
import type { Milestones } from './outcomes.ts';
import { percent, rate } from './stats.ts';

/**
 * The learning loop: which traits of the user's own applications went with an interview or an
 * offer (positive) rather than a rejection or silence (negative). Counts, not a model: each
 * trait's positive rate against the user's overall rate, called predictive only with enough data.
 */

/** Outcomes needed before anything is called predictive. */
export const MIN_OUTCOMES = 8;
/** Outcomes needed inside a group, and outside it, before the group is compared. */
export const MIN_GROUP = 4;
/** How far a group's rate must be from the overall rate to count (15 percentage points). */
export const MIN_DIFFERENCE = 0.15;

export interface Factor {
  key: string;
  label: string;
  /** Whether a saved job already has this trait (a tailored resume is made later, so it does not). */
  forSaved: boolean;
  level: (f: Features) => string | null;
  /** The group in words, to finish "… led to an interview or offer". */
  group: (level: string) => string;
}

// Buckets of whole days from saving a job to applying.
function daysBucket(days: number | null): string | null {
  if (days === null) return null;
  return days <= 2 ? '0–2 days' : days <= 7 ? '3–7 days' : '8+ days';
}

export const FACTORS: Factor[] = [
  // Does the match score agree with employers?
  {
    key: 'band',
    label: 'Match score',
    forSaved: true,
    level: (f) => (f.band === 'no score' ? null : f.band),
    group: (l) => `a match score of ${l}`,
  },
  // Some boards and career sites answer more than others.
  {
    key: 'source',
    label: 'Where the job was found',
    forSaved: true,
    level: (f) => (f.source === 'unknown' ? null : f.source),
    group: (l) => `jobs found on ${displayName(l)}`,
  },
  // Is tailoring worth the time?
  {
    key: 'resume',
    label: 'Resume sent',
    forSaved: false,
    level: (f) => (f.resume === 'not recorded' ? null : f.resume),
    group: (l) => `a ${l} resume`,
  },
  // Reaching up or down a level.
  { key: 'seniority', label: 'Seniority fit', forSaved: true, level: (f) => f.seniority, group: (l) => `jobs ${l}` },
  // Remote roles draw more applicants.
  { key: 'workplace', label: 'Remote or onsite', forSaved: true, level: (f) => f.workplace, group: (l) => `${l} jobs` },
  // Employers who state pay may answer more.
  {
    key: 'salary',
    label: 'Salary in the posting',
    forSaved: true,
    level: (f) => f.salary,
    group: (l) => (l === 'salary stated' ? 'postings with a salary' : 'postings without a salary'),
  },
  // Early applicants are read first.
  {
    key: 'speed',
    label: 'Days from saving to applying',
    forSaved: true,
    level: (f) => daysBucket(f.daysSinceCapture),
    group: (l) => `applying ${l} after saving`,
  },
];

export interface FactorLevel {
  level: string;
  positives: number;
  total: number;
  rate: number | null;
  /** rate − the user's overall rate, in [−1, 1]. */
  lift: number | null;
  predictive: boolean;
}

export interface FactorFinding {
  key: string;
  label: string;
  forSaved: boolean;
  levels: FactorLevel[];
  verdict: 'predictive' | 'no difference' | 'too little data';
  sentence: string;
  group: (level: string) => string;
}

export interface Learning {
  outcomes: number;
  positives: number;
  baseline: number | null;
  enough: boolean;
  factors: FactorFinding[];
}

interface OutcomeRow {
  milestones: Milestones;
  features: Features;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function finding(factor: Factor, rows: readonly OutcomeRow[], baseline: number | null, enough: boolean): FactorFinding {
  const groups = new Map<string, { positives: number; total: number }>();
  let known = 0;
  for (const row of rows) {
    const level = factor.level(row.features);
    if (level === null) continue;
    known++;
    const group = groups.get(level) ?? { positives: 0, total: 0 };
    group.total++;
    if (row.milestones.outcome === 'positive') group.positives++;
    groups.set(level, group);
  }
  const levels: FactorLevel[] = [...groups]
    .map(([level, g]) => {
      const r = rate(g.positives, g.total);
      const lift = r === null || baseline === null ? null : r - baseline;
      const comparable = enough && g.total >= MIN_GROUP && known - g.total >= MIN_GROUP;
      return { level, ...g, rate: r, lift, predictive: comparable && lift !== null && Math.abs(lift) >= MIN_DIFFERENCE };
    })
    .sort((a, b) => b.total - a.total || a.level.localeCompare(b.level));
  const comparable = enough && levels.some((l) => l.total >= MIN_GROUP && known - l.total >= MIN_GROUP);
  const strongest = levels.filter((l) => l.predictive).sort((a, b) => Math.abs(b.lift ?? 0) - Math.abs(a.lift ?? 0))[0];
  const verdict = strongest ? 'predictive' : comparable ? 'no difference' : 'too little data';
  const only = levels.length === 1 && levels[0] ? levels[0] : null;
  const sentence = strongest
    ? `${capitalize(factor.group(strongest.level))}: ${strongest.positives} of ${strongest.total} led to an interview or offer (${percent(strongest.rate)}), against ${percent(baseline)} overall.`
    : comparable
      ? `No group differs from your ${percent(baseline)} overall by ${Math.round(MIN_DIFFERENCE * 100)} points or more.`
      : only && known >= MIN_GROUP
        ? `Too little data: all ${known} outcomes so far are "${displayName(only.level)}", so there is nothing to compare yet.`
        : `Too little data: ${known} outcome${known === 1 ? '' : 's'} where this is known; a group needs ${MIN_GROUP} inside and ${MIN_GROUP} outside it${enough ? '' : `, and ${MIN_OUTCOMES} outcomes in all`}.`;
  return { key: factor.key, label: factor.label, forSaved: factor.forSaved, levels, verdict, sentence, group: factor.group };
}

export function learnFromOutcomes(rows: readonly OutcomeRow[]): Learning {
  const decided = rows.filter((r) => r.milestones.outcome !== null);
  const positives = decided.filter((r) => r.milestones.outcome === 'positive').length;
  const baseline = rate(positives, decided.length);
  const enough = decided.length >= MIN_OUTCOMES;
  return {
    outcomes: decided.length,
    positives,
    baseline,
    enough,
    factors: FACTORS.map((f) => finding(f, decided, baseline, enough)),
  };
}
