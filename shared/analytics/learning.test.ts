import { describe, expect, it } from 'vitest';
import type { Features } from './features.ts';
import { learnFromOutcomes } from './learning.ts';
import type { Milestones } from './outcomes.ts';

function row(outcome: Milestones['outcome'], features: Partial<Features>) {
  return {
    milestones: {
      applied: true,
      appliedAt: null,
      responded: outcome !== null,
      daysToResponse: null,
      interview: outcome === 'positive',
      offer: false,
      outcome,
      issues: [],
    },
    features: {
      source: 'unknown',
      ats: 'other',
      band: 'no score',
      resume: 'not recorded',
      seniority: null,
      workplace: null,
      salary: null,
      daysSinceCapture: null,
      ...features,
    } satisfies Features,
  };
}

/** Ten outcomes: Greenhouse 3 of 4 positive, LinkedIn 1 of 6; tailored 3 of 5, not 1 of 5; salary makes no difference. */
const TEN = [
  row('positive', { source: 'greenhouse', resume: 'tailored', salary: 'salary stated' }),
  row('positive', { source: 'greenhouse', resume: 'tailored', salary: 'no salary stated' }),
  row('positive', { source: 'greenhouse', resume: 'tailored', salary: 'salary stated' }),
  row('negative', { source: 'greenhouse', resume: 'tailored', salary: 'no salary stated' }),
  row('positive', { source: 'linkedin', resume: 'not tailored', salary: 'no salary stated' }),
  row('negative', { source: 'linkedin', resume: 'tailored', salary: 'salary stated' }),
  row('negative', { source: 'linkedin', resume: 'not tailored', salary: 'salary stated' }),
  row('negative', { source: 'linkedin', resume: 'not tailored', salary: 'no salary stated' }),
  row('negative', { source: 'linkedin', resume: 'not tailored', salary: 'salary stated' }),
  row('negative', { source: 'linkedin', resume: 'not tailored', salary: 'no salary stated' }),
  // Still waiting: not an outcome, not counted.
  row(null, { source: 'greenhouse' }),
];

describe('learning from outcomes', () => {
  const learning = learnFromOutcomes(TEN);
  const factor = (key: string) => learning.factors.find((f) => f.key === key);

  it('takes the baseline from interviews and offers against rejections and silence', () => {
    expect(learning).toMatchObject({ outcomes: 10, positives: 4, baseline: 0.4, enough: true });
  });

  it('calls a source predictive with each group’s rate and count', () => {
    const source = factor('source');
    expect(source?.verdict).toBe('predictive');
    expect(source?.levels.map((l) => [l.level, l.positives, l.total, l.rate, l.predictive])).toEqual([
      ['linkedin', 1, 6, 1 / 6, true],
      ['greenhouse', 3, 4, 0.75, true],
    ]);
    expect(source?.sentence).toBe('Jobs found on Greenhouse: 3 of 4 led to an interview or offer (75 %), against 40 % overall.');
  });

  it('compares tailored and untailored resumes', () => {
    const resume = factor('resume');
    expect(resume?.verdict).toBe('predictive');
    expect(resume?.levels.map((l) => [l.level, l.rate])).toEqual([
      ['not tailored', 0.2],
      ['tailored', 0.6],
    ]);
  });

  it('says when a factor makes no difference and when there is too little data', () => {
    expect(factor('salary')?.verdict).toBe('no difference');
    expect(factor('salary')?.levels.map((l) => [l.level, l.rate])).toEqual([
      ['no salary stated', 0.4],
      ['salary stated', 0.4],
    ]);
    expect(factor('workplace')).toMatchObject({ verdict: 'too little data', levels: [] });
    expect(factor('workplace')?.sentence).toContain('0 outcomes where this is known');
    const allRemote = learnFromOutcomes(TEN.map((r) => ({ ...r, features: { ...r.features, workplace: 'remote' as const } })));
    expect(allRemote.factors.find((f) => f.key === 'workplace')).toMatchObject({
      verdict: 'too little data',
      sentence: 'Too little data: all 10 outcomes so far are "remote", so there is nothing to compare yet.',
    });
  });

  it('calls nothing predictive before enough outcomes', () => {
    const few = learnFromOutcomes(TEN.slice(0, 7));
    expect(few.enough).toBe(false);
    expect(few.factors.every((f) => f.verdict === 'too little data')).toBe(true);
    expect(few.factors.find((f) => f.key === 'source')?.sentence).toContain('and 8 outcomes in all');
  });
});
