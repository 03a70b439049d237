import { describe, expect, it } from 'vitest';
import { personio } from '../../shared/sites/personio.ts';
import { extractJob } from './registry.ts';
import { expectOwnAddresses, fixtureDocument } from './test-fixtures.ts';

const JOB = 'https://alpenkorn.jobs.personio.de/job/1948372';

const load = (file: string) => fixtureDocument(`personio/${file}`);

describe('Personio', () => {
  it('reads the brand from the page, the ad from its blocks and the rest from its JSON-LD', () => {
    const job = extractJob(load('posting.html'), `${JOB}?language=en&display=en`);
    expect(job).toMatchObject({
      source: 'personio',
      sourceId: '1948372',
      title: 'Warehouse Team Lead (m/w/d)',
      // Not "Alpenkorn Backwaren GmbH " as its JSON-LD names the employer.
      company: 'Alpenkorn',
      locations: ['München, DE', 'Augsburg, DE'],
      employmentType: 'Full-time',
      canonicalUrl: JOB,
      applyUrl: `${JOB}/apply`,
    });
    expect(job?.description).toContain('Alpenkorn bakes for 600 shops');
    expect(job?.description).not.toMatch(/Powered by Personio|cookies|English/);
  });

  it('names the job on its apply page from <title>, not from the greeting h1', () => {
    const job = extractJob(load('form.html'), `${JOB}/apply?language=en`);
    expect(job).toMatchObject({ source: 'personio', title: 'Warehouse Team Lead (m/w/d)', company: 'Alpenkorn', sourceId: '1948372' });
  });

  it('its test addresses are its own, and only its job pages', () => {
    expectOwnAddresses(personio, 'https://alpenkorn.jobs.personio.de/?language=en');
  });
});
