import { describe, expect, it } from 'vitest';
import { sampleCapture } from '../testing/sample-job.ts';
import { correctionOf, correctJob } from './correct-job.ts';
import { dedupeKey } from './dedupe-key.ts';

describe('correcting a job before saving', () => {
  const job = sampleCapture({
    title: 'Senior Industry Strategy Manager',
    company: 'Autodesk Canada Co.',
    locations: ['Montreal, QC', 'Toronto, ON'],
  });

  it('changes title, company and location, and the dedupe key with them', () => {
    const fixed = correctJob(job, { title: 'Industry Strategy Manager', company: 'Autodesk', location: 'Montreal, Canada' });
    expect(fixed).toMatchObject({ title: 'Industry Strategy Manager', company: 'Autodesk', locations: ['Montreal, Canada'] });
    expect(fixed.dedupeKey).toBe(dedupeKey('Autodesk', 'Industry Strategy Manager'));
  });

  it('keeps several locations when the location was not touched, and never an empty title', () => {
    const fixed = correctJob(job, { ...correctionOf(job), company: 'Autodesk', title: '  ' });
    expect(fixed.locations).toEqual(['Montreal, QC', 'Toronto, ON']);
    expect(fixed.title).toBe(job.title);
  });

  it('leaves a cleared company or location empty rather than guessing', () => {
    expect(correctJob(job, { title: job.title, company: '', location: '' })).toMatchObject({ company: '', locations: [] });
  });
});
