import type { Milestones } from './outcomes.ts';
import { rate } from './stats.ts';

export interface FunnelStage {
  key: 'saved' | 'applied' | 'interview' | 'offer';
  label: string;
  count: number;
  /** Share of the stage before that got this far (null for the first stage or an empty one before). */
  conversion: number | null;
}

const STAGES: Array<[FunnelStage['key'], string, (m: Milestones) => boolean]> = [
  ['saved', 'Saved', () => true], // every application starts as a saved job
  ['applied', 'Applied', (m) => m.applied],
  ['interview', 'Interview', (m) => m.interview],
  ['offer', 'Offer', (m) => m.offer],
];

/** Saved → applied → interview → offer. A later stage implies the earlier ones, so counts never grow. */
export function funnel(all: readonly Milestones[]): FunnelStage[] {
  const counts = STAGES.map(([, , reached]) => all.filter(reached).length);
  return STAGES.map(([key, label], i) => ({
    key,
    label,
    count: counts[i] as number,
    conversion: i === 0 ? null : rate(counts[i] as number, counts[i - 1] as number),
  }));
}
