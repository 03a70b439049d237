import { describe, expect, it } from 'vitest';
import { icims } from '../../shared/sites/icims.ts';
import { extractJob } from './registry.ts';
import { expectOwnAddresses, fixtureHtml, htmlDocument } from './test-fixtures.ts';

const JOB = 'https://careers-harrowvalley.icims.com/jobs/4821/patient-access-representative/job';

const load = htmlDocument;
const fixture = (file: string) => fixtureHtml(`icims/${file}`);

describe('iCIMS', () => {
  it('reads the job in the content frame, with no CSS or script text and the brand, not the legal entity', () => {
    const job = extractJob(load(fixture('posting.html')), `${JOB}?in_iframe=1`);
    expect(job).toMatchObject({
      source: 'icims',
      sourceId: '4821',
      canonicalUrl: JOB,
      company: 'Harrow Valley Health',
      applyUrl: `${JOB}?mode=apply&apply=yes&in_iframe=1&hashed=-1180`,
    });
    const fields = JSON.stringify(job);
    expect(fields).not.toMatch(/\{[^}]*:[^}]*;|function\(/);
    // The header's facts and the apply buttons are not the description.
    expect(job?.description).not.toMatch(/Job Locations|Apply for this job|Software Powered by iCIMS/);
  });

  it('reads every place of a multi-location job', () => {
    const html = fixture('posting.html').replace('US-IL-Springfield</span>', 'US-IL-Springfield | US-MO-St. Louis | IN-Bangalore</span>');
    expect(extractJob(load(html), `${JOB}?in_iframe=1`)?.locations).toEqual(['Springfield, IL, US', 'St. Louis, MO, US', 'Bangalore, IN']);
  });

  it('reads the job an apply step is for from its header', () => {
    const job = extractJob(load(fixture('form.html')), JOB.replace(/job$/, 'candidate?from=login&in_iframe=1'));
    expect(job).toMatchObject({ title: 'Patient Access Representative', locations: ['Springfield, IL, US'], sourceId: '4821' });
  });

  it('leaves the job to the frame on the page that wraps it', () => {
    const wrapper = `<html><head><title>Patient Access Representative in Springfield, Illinois | Careers at Springfield</title></head><body>
      <h1 class="brand">Careers at Harrow Valley Health</h1>
      <span id="icims_iframe_span" role="main" aria-label="Career Portal"><iframe id="icims_content_iframe" name="icims_content_iframe"
        src="${JOB}?in_iframe=1" title="iCIMS Content iFrame"></iframe></span></body></html>`;
    expect(extractJob(load(wrapper), JOB)).toBeNull();
  });

  it('its test addresses are its own', () => {
    expectOwnAddresses(icims, 'https://www.icims.com/products/');
  });
});
