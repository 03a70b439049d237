import { describe, expect, it } from 'vitest';
import { recruitee } from '../../shared/sites/recruitee.ts';
import { extractJob } from './registry.ts';
import { expectOwnAddresses, fixtureDocument } from './test-fixtures.ts';

const JOB = 'https://brightloom.recruitee.com/o/backend-engineer-payments';

const load = (file: string) => fixtureDocument(`recruitee/${file}`);

describe('Recruitee', () => {
  it('reads the header facts and the two description blocks, not the form or the data-props', () => {
    const job = extractJob(load('posting.html'), JOB);
    expect(job).toMatchObject({
      source: 'recruitee',
      sourceId: 'backend-engineer-payments',
      title: 'Backend Engineer, Payments',
      company: 'Brightloom',
      locations: ['Utrecht, Netherlands'],
      workplace: 'hybrid',
      employmentType: 'Full-time',
      applyUrl: `${JOB}/c/new`,
    });
    expect(job?.description).toContain('Reconciliation jobs that close the books each night');
    expect(job?.description).not.toMatch(/Full name|I agree that Brightloom|appConfig|cookies/);
  });

  it('reads the same job from its Application tab, where the details panel is hidden', () => {
    const job = extractJob(load('form.html'), `${JOB}/c/new`);
    expect(job).toMatchObject({ source: 'recruitee', title: 'Backend Engineer, Payments', company: 'Brightloom', canonicalUrl: JOB });
    expect(job?.requirements.required).toContain('Experience with PostgreSQL at scale');
  });

  it('its test addresses are its own, and only its job pages', () => {
    expectOwnAddresses(recruitee, 'https://brightloom.recruitee.com/');
  });
});
