import { describe, expect, it } from 'vitest';
import { siteOfUrl } from '../../shared/sites/registry.ts';
import { extractJob } from './registry.ts';
import { expectCleanJob, fixtureDocument } from './test-fixtures.ts';

const JOB = 'https://wellfound.com/jobs/3518842-senior-backend-engineer';

const load = (edit?: (html: string) => string) => fixtureDocument('wellfound/posting.html', edit);

describe('Wellfound', () => {
  it('reads the listing, not the similar jobs of other startups, with no CSS or script', () => {
    const job = expectCleanJob(load(), JOB, {
      source: 'wellfound',
      sourceId: '3518842',
      canonicalUrl: JOB,
      applyUrl: `${JOB}?autoOpenApplication=true`,
    });
    const fields = JSON.stringify(job);
    expect(fields).not.toMatch(/Harborline|Platform Engineer/);
    // The equity after the pay is not part of it.
    expect(job?.salary).toEqual({ min: 140_000, max: 185_000, currency: 'USD', period: 'year' });
  });

  it('reads a listing opened from the search, and waits while the previous one is still shown', () => {
    const search = 'https://wellfound.com/jobs?job_listing_slug=';
    expect(extractJob(load(), `${search}3518842-senior-backend-engineer`)).toMatchObject({ title: 'Senior Backend Engineer' });
    expect(extractJob(load(), `${search}3500117-platform-engineer`)).toBeNull();
  });

  it('says an office job with home days is hybrid', () => {
    const job = extractJob(
      load((html) => html.replace('<p>Remote only</p>', '<p>In office<!-- --> - WFH flexibility</p>')),
      JOB,
    );
    expect(job?.workplace).toBe('hybrid');
  });

  it('does not claim its pages that show no job', () => {
    expect(siteOfUrl(new URL('https://wellfound.com/company/tidewater-labs'))).toBeNull();
  });
});
