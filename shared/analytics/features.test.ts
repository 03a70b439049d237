import { describe, expect, it } from 'vitest';
import { atsOf, displayName, featuresOf, matchBand, resumeVersion } from './features.ts';
import { D0, day, testApplication, testJob, testResume } from './test-records.ts';

describe('breakdown keys', () => {
  it.each([
    [undefined, 'no score'],
    [0, '<50'],
    [49, '<50'],
    [50, '50–69'],
    [69, '50–69'],
    [70, '70–84'],
    [84, '70–84'],
    [85, '85+'],
    [100, '85+'],
  ])('score %s is in band %s', (score, band) => {
    expect(matchBand(score)).toBe(band);
  });

  it('finds the ATS from the apply address before the page address', () => {
    expect(atsOf(testJob('j', 'linkedin', { applyUrl: 'https://job-boards.greenhouse.io/acme/jobs/1' }))).toBe('greenhouse');
    expect(atsOf(testJob('j', 'linkedin'))).toBe('linkedin');
    expect(atsOf(testJob('j', 'workday'))).toBe('workday');
    expect(atsOf(testJob('j', 'generic'))).toBe('other');
    expect(atsOf(undefined)).toBe('unknown');
  });

  it('tells a tailored resume from the imported one and from none', () => {
    expect(resumeVersion(testResume('t', true))).toBe('tailored');
    expect(resumeVersion(testResume('i', false))).toBe('not tailored');
    expect(resumeVersion(undefined)).toBe('not recorded');
    expect(displayName('linkedin')).toBe('LinkedIn');
    expect(displayName('70–84')).toBe('70–84');
  });

  it('reads seniority fit, salary and days from saving to applying', () => {
    const job = testJob('j', 'lever', {
      title: 'Senior Data Engineer',
      salary: { min: 80_000, max: null, currency: 'EUR', period: 'year' },
      workplace: 'remote',
    });
    const ctx = { jobs: new Map([['j', job]]), documents: new Map(), scores: new Map([['j', 72]]), profileLevel: 1, now: day(30) };
    const applied = featuresOf(testApplication('a', 'j', [['applied', 5]]), day(5), ctx);
    expect(applied).toEqual({
      source: 'lever',
      ats: 'lever',
      band: '70–84',
      resume: 'not recorded',
      seniority: 'above your level',
      workplace: 'remote',
      salary: 'salary stated',
      daysSinceCapture: 5,
    });
    // A saved job is measured to now.
    expect(featuresOf(testApplication('s', 'j', []), null, ctx).daysSinceCapture).toBe(30);
    expect(featuresOf(testApplication('x', 'gone', [['applied', 1]]), D0, ctx)).toMatchObject({
      source: 'unknown',
      salary: null,
      daysSinceCapture: null,
    });
  });
});
