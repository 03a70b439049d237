import { describe, expect, it } from 'vitest';
import { jobvite } from '../../shared/sites/jobvite.ts';
import { extractJob, SITE_READERS } from './registry.ts';
import { expectCleanJob, expectOwnAddresses, fixtureHtml, htmlDocument } from './test-fixtures.ts';

const JOB = 'https://jobs.jobvite.com/larkspur/job/oQ7rXfwK';
const posting = () => fixtureHtml('jobvite/posting.html');
const load = htmlDocument;

describe('Jobvite', () => {
  it('reads the job, not the career-site name or the facts line, with no CSS or script text', () => {
    const job = expectCleanJob(load(posting()), JOB, {
      source: 'jobvite',
      sourceId: 'oQ7rXfwK',
      canonicalUrl: JOB,
      applyUrl: `${JOB}/apply`,
    });
    const fields = JSON.stringify(job);
    expect(fields).not.toMatch(/Req\.Num|Customer Success,/);
  });

  it('reads each place of a job in several, wrapped over lines', () => {
    const html = posting().replace(
      /Customer Success<span class='jv-inline-separator'><\/span>[\s\S]*?<span class='jv-inline-separator'><\/span>Req/,
      "Customer Success<span class='jv-inline-separator'></span>Seattle,<br>Washington<span class='jv-inline-separator'></span>Austin,<br>Texas<span class='jv-inline-separator'></span>Req",
    );
    expect(extractJob(load(html), JOB)?.locations).toEqual(['Seattle, Washington', 'Austin, Texas']);
  });

  it('finds no job where a removed posting now shows the job list', () => {
    // A job address that no longer exists: the career site shows its list with an error line.
    const listing = `<html><body class="jv-desktop jv-page-jobs"><header class="jv-page-header"><h1 class="jv-logo"><a href="/larkspur/jobs">Larkspur Software Careers</a></h1></header>
      <div class="jv-page-error"><i class="jv-icon-warning"></i><p class="jv-page-error-header">The job listing no longer exists.</p></div>
      <article class="jv-page-body" role="main"><div class="jv-wrapper"><h2>Open Positions</h2><table class="jv-job-list"><tbody><tr>
      <td class="jv-job-list-name"><h3 class="h2 jv-underline"><a href="/larkspur/job/oR8sYfwL">Support Engineer</a></h3></td>
      <td class="jv-job-list-location">Raleigh, North Carolina</td></tr></tbody></table></div></article></body></html>`;
    expect(SITE_READERS.jobvite(load(listing), `${JOB}?error=404`)).toBeNull();
  });

  it('its test addresses are its own', () => {
    expectOwnAddresses(jobvite, 'https://www.jobvite.com/support/job-seeker-support/');
  });
});
