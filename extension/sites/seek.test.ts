import { describe, expect, it } from 'vitest';
import { siteOfUrl } from '../../shared/sites/registry.ts';
import { extractJob } from './registry.ts';
import { expectCleanJob, fixtureDocument } from './test-fixtures.ts';

const JOB = 'https://www.seek.com.au/job/81234567';
const SEARCH = 'https://www.seek.co.nz/data-analyst-jobs/in-All-Auckland';

const load = (file: string, edit?: (html: string) => string) => fixtureDocument(`seek/${file}`, edit);

describe('SEEK', () => {
  it('shows the advertiser the page shows, not the legal entity of its JSON-LD, and no CSS or script', () => {
    const job = expectCleanJob(load('posting.html'), JOB, {
      source: 'seek',
      sourceId: '81234567',
      company: 'Tasman Freight',
      applyUrl: 'https://www.seek.com.au/job/81234567/apply',
    });
    expect(JSON.stringify(job)).not.toContain('SEEK_REDUX_DATA');
  });

  it('reads the pane of the job the address names', () => {
    const job = extractJob(load('search.html'), `${SEARCH}?jobId=80123456`);
    expect(job).toMatchObject({ sourceId: '80123456', canonicalUrl: 'https://www.seek.co.nz/job/80123456' });
  });

  it('shows nothing while the pane still shows the previous job', () => {
    expect(extractJob(load('search.html'), `${SEARCH}?jobId=80123457`)).toBeNull();
  });

  it('shows nothing before a job is picked', () => {
    const empty = load('search.html', (html) => html.replace(/<h1[\s\S]*<\/section>/, '<h3>Select a job</h3>'));
    expect(extractJob(empty, SEARCH)).toBeNull();
  });

  it('does not claim its pages that show no job', () => {
    expect(siteOfUrl(new URL('https://www.seek.com.au/career-advice'))).toBeNull();
  });
});
