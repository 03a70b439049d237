import { describe, expect, it } from 'vitest';
import { oracle } from '../../shared/sites/oracle.ts';
import { extractJob, SITE_READERS } from './registry.ts';
import { expectCleanJob, expectOwnAddresses, fixtureHtml, htmlDocument } from './test-fixtures.ts';

const TALEO = 'https://prairierail.taleo.net/careersection/ext/jobdetail.ftl?job=2600412&lang=en';
const ORC = 'https://ehpv.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/2045187';

const html = (file: string) => fixtureHtml(`oracle/${file}`);
const load = htmlDocument;

describe('Oracle Taleo', () => {
  it('reads the rendered requisition, not its data script, the footer or the form state', () => {
    const job = expectCleanJob(load(html('taleo-jobdetail.html')), TALEO, {
      source: 'oracle',
      sourceId: '2600412',
      canonicalUrl: 'https://prairierail.taleo.net/careersection/ext/jobdetail.ftl?job=2600412',
      applyUrl: 'https://prairierail.taleo.net/careersection/ext/jobapply.ftl?job=2600412&lang=en',
    });
    expect(job?.company).not.toMatch(/oracle/i);
    expect(job?.description).not.toContain('fillList');
    expect(job?.description).toContain('Plan daily switching moves');
  });

  it('falls back to the title meta before the script has rendered the page', () => {
    const unrendered = html('taleo-jobdetail.html').replace(/<span class="titlepage"[^>]*>[^<]*<\/span>/, '');
    expect(extractJob(load(unrendered), TALEO)?.title).toBe('Rail Yard Operations Supervisor');
  });
});

describe('Oracle Recruiting Cloud', () => {
  it('reads the job facts and sections, with no CSS, script or assistant text', () => {
    const job = expectCleanJob(load(html('orc-job.html')), ORC, {
      sourceId: '2045187',
      canonicalUrl: ORC,
      locations: ['Tacoma, WA, United States', 'Remote, WA, United States'],
      postedAt: '09/28/2026, 07:00 AM',
    });
    expect(job?.description).not.toMatch(/Payroll Specialist|Work Summary|session/i);
  });

  it('shows nothing while the app still renders the previous job under a new address', () => {
    const doc = load(html('orc-job.html'));
    expect(SITE_READERS.oracle(doc, ORC.replace('2045187', '2045190'))).toBe('pending');
    expect(SITE_READERS.oracle(load('<html><body><div id="globalBody"></div></body></html>'), ORC)).toBe('pending');
  });

  it('reads a job opened from the search list by its preview address', () => {
    const preview = ORC.replace('/job/', '/requisitions/preview/');
    expect(extractJob(load(html('orc-job.html')), preview)).toMatchObject({ source: 'oracle', canonicalUrl: ORC });
  });

  it('shows no job on the apply steps', () => {
    expect(SITE_READERS.oracle(load(html('orc-apply.html')), `${ORC}/apply/section/1`)).toBeNull();
  });
});

describe('Oracle site unit', () => {
  it('its test addresses are its own, and other Oracle cloud pages are not', () => {
    expectOwnAddresses(oracle, 'https://ehpv.fa.us2.oraclecloud.com/fscmUI/faces/FuseWelcome', 'https://www.taleo.net/');
  });
});
