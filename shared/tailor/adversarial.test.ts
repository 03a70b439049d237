import { afterEach, describe, expect, it, vi } from 'vitest';
import { type DraftCase, draftFor, ENGINEER, FAITHFUL, INVENTED, JOB, NOW } from '../testing/adversarial-drafts.ts';
import { writeCoverLetter } from './cover-letter.ts';
import type { LetterDraft, ResumeDraft, UnsupportedClaim } from './schema.ts';
import { tailorResume } from './tailor-resume.ts';
import { verifyLetter, verifyResume } from './verify.ts';

function claimsOf(c: DraftCase, now = NOW): UnsupportedClaim[] {
  const job = c.job ?? JOB;
  const draft = draftFor(c);
  if (c.document === 'letter') {
    const letter = writeCoverLetter(ENGINEER, job, { now, draft: draft as LetterDraft, provider: 'anthropic', model: 'm' });
    return verifyLetter(ENGINEER, job, letter, now);
  }
  const resume = tailorResume(ENGINEER, job, { now, draft: draft as ResumeDraft, provider: 'anthropic', model: 'm' });
  return verifyResume(ENGINEER, resume, now);
}

describe('the adversarial suite', () => {
  afterEach(() => vi.useRealTimers());

  it('has at least 40 invented facts, half in resumes and half in letters, and faithful drafts of both', () => {
    expect(INVENTED.length).toBeGreaterThanOrEqual(40);
    expect(INVENTED.filter((c) => c.document === 'resume').length).toBeGreaterThanOrEqual(20);
    expect(INVENTED.filter((c) => c.document === 'letter').length).toBeGreaterThanOrEqual(20);
    expect(FAITHFUL.filter((c) => c.document === 'resume').length).toBeGreaterThanOrEqual(8);
    expect(FAITHFUL.filter((c) => c.document === 'letter').length).toBeGreaterThanOrEqual(8);
  });

  it.each(INVENTED.map((c) => [`${c.document}: ${c.name}`, c] as const))('refuses %s', (_, c) => {
    const kinds = claimsOf(c).map((x) => x.kind);
    for (const kind of c.refuse) expect(kinds, c.text).toContain(kind);
  });

  it('accepts at least 95 % of faithful drafts', () => {
    const refused = FAITHFUL.map((c) => ({ c, claims: claimsOf(c) })).filter((r) => r.claims.length > 0);
    expect(refused.map((r) => `${r.c.name}: ${JSON.stringify(r.claims)}`)).toEqual(
      refused.length <= Math.floor(FAITHFUL.length * 0.05) ? expect.anything() : [],
    );
    expect(1 - refused.length / FAITHFUL.length).toBeGreaterThanOrEqual(0.95);
  });

  it('gives the same verdicts whatever today is: the clock is the one passed in', () => {
    const verdicts = () => [...INVENTED, ...FAITHFUL].map((c) => JSON.stringify(claimsOf(c)));
    const before = verdicts();
    vi.useFakeTimers({ now: new Date('2031-07-15T00:00:00Z') });
    expect(verdicts()).toEqual(before);
  });
});
