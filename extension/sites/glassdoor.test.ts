import { describe, expect, it } from 'vitest';
import { siteOfUrl } from '../../shared/sites/registry.ts';
import { extractJob } from './registry.ts';
import { expectCleanJob, fixtureDocument } from './test-fixtures.ts';

const SEARCH = 'https://www.glassdoor.co.uk/Job/london-england-data-engineer-jobs-SRCH_IL.0,14_IC2671300_KO15,28.htm';
const LISTING =
  'https://www.glassdoor.co.uk/job-listing/senior-data-engineer-harbourline-logistics-JV_IC2671300_KO0,20_KE21,42.htm?jl=1009876543210';

const load = (edit?: (html: string) => string) => fixtureDocument('glassdoor/posting.html', edit);

describe('Glassdoor', () => {
  it('reads the pane, not the job cards beside it, with no CSS or script text', () => {
    const job = expectCleanJob(load(), SEARCH, {
      source: 'glassdoor',
      sourceId: '1009876543210',
      company: 'Harbourline Logistics',
      canonicalUrl: LISTING,
    });
    const fields = JSON.stringify(job);
    expect(fields).not.toContain('Glassdoor');
  });

  it("reads a job's own page, which shares the pane markup", () => {
    expect(extractJob(load(), LISTING)).toMatchObject({ title: 'Senior Data Engineer', company: 'Harbourline Logistics' });
  });

  it('shows nothing while the pane still shows the previous job', () => {
    expect(extractJob(load(), LISTING.replace('543210', '543211'))).toBeNull();
    // The list's selection moved on and the pane has not re-rendered yet.
    const moved = load((html) =>
      html
        .replace('data-test="job-card-wrapper" data-selected="true"', 'data-test="job-card-wrapper" data-selected="false"')
        .replace(
          'data-jobid="1009876543212" data-test="jobListing" tabindex="0"><div class="JobCard_jobCardWrapper__vX29z" data-test="job-card-wrapper" data-selected="false"',
          'data-jobid="1009876543212" data-test="jobListing" tabindex="0"><div class="JobCard_jobCardWrapper__vX29z" data-test="job-card-wrapper" data-selected="true"',
        ),
    );
    expect(extractJob(moved, SEARCH)).toBeNull();
  });

  it('does not claim its pages that show no job', () => {
    expect(siteOfUrl(new URL('https://www.glassdoor.com/Reviews/index.htm'))).toBeNull();
  });
});
