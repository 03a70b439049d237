import { describe, expect, it } from 'vitest';
import { workable } from '../../shared/sites/workable.ts';
import { extractJob } from './registry.ts';
import { expectOwnAddresses, fixtureDocument } from './test-fixtures.ts';

const JOB = 'https://apply.workable.com/quillfeather/j/5C1E8A7F20/';

const load = (file: string) => fixtureDocument(`workable/${file}`);

describe('Workable', () => {
  it('reads the header and the three Overview sections, and nothing else', () => {
    const job = extractJob(load('posting.html'), JOB);
    expect(job).toMatchObject({
      source: 'workable',
      sourceId: '5C1E8A7F20',
      title: 'Customer Success Manager',
      company: 'Quillfeather',
      locations: ['Denver, Colorado, United States'],
      workplace: 'hybrid',
      employmentType: 'Full-time',
      canonicalUrl: 'https://apply.workable.com/quillfeather/j/5C1E8A7F20',
      applyUrl: `${JOB}apply/`,
    });
    expect(job?.description).toContain('Salary $68,000 - $82,000 a year');
    // Not the cookie banner, the footer or the sprite's SVG titles.
    expect(job?.description).not.toMatch(/cookies|View all jobs|Location/);
  });

  it('reads the job from its Application tab', () => {
    const job = extractJob(load('form.html'), `${JOB}apply/`);
    expect(job).toMatchObject({ source: 'workable', sourceId: '5C1E8A7F20', title: 'Customer Success Manager', company: 'Quillfeather' });
  });

  it('shows nothing while the app still shows the job it came from', () => {
    expect(extractJob(load('posting.html'), 'https://apply.workable.com/quillfeather/j/9D2B4E6A10/')).toBeNull();
  });

  it('its test addresses are its own, and only its job pages', () => {
    expectOwnAddresses(workable, 'https://apply.workable.com/quillfeather/');
  });
});
