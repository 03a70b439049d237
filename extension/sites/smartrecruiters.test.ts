import { describe, expect, it } from 'vitest';
import { smartrecruiters } from '../../shared/sites/smartrecruiters.ts';
import { extractJob } from './registry.ts';
import { expectCleanJob, expectOwnAddresses, fixtureDocument } from './test-fixtures.ts';

const AD = 'https://jobs.smartrecruiters.com/CalderFreight/744000141236507-transport-planner';
const FORM = 'https://jobs.smartrecruiters.com/oneclick-ui/company/CalderFreight/publication/3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';

const load = (file: string, edit?: (html: string) => string) => fixtureDocument(`smartrecruiters/${file}`, edit);

describe('SmartRecruiters', () => {
  it('reads the job ad, not the IE11 notice or the sticky summary, with no CSS or script text', () => {
    const job = expectCleanJob(load('posting.html'), AD, {
      source: 'smartrecruiters',
      sourceId: '744000141236507',
      canonicalUrl: AD,
      applyUrl: `${FORM}?dcr_ci=CalderFreight`,
      postedAt: '2026-03-02T09:14:22.118Z',
    });
    const fields = JSON.stringify(job);
    expect(fields).not.toMatch(/browser is no longer supported|Other jobs at/);
  });

  it('keeps a formatted address that is already a place', () => {
    const doc = load('posting.html', (html) =>
      html.replace('formattedaddress="4 Wellington Place, Leeds LS1 4AP, UK"', 'formattedaddress="Leeds, UK"'),
    );
    expect(extractJob(doc, AD)?.locations).toEqual(['Leeds, UK']);
  });

  it('reads the job the apply form is for from its top bar', () => {
    expect(extractJob(load('form.html'), FORM)).toMatchObject({
      source: 'smartrecruiters',
      sourceId: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
      title: 'Transport Planner',
      company: 'Calder Freight',
      locations: ['Leeds, United Kingdom'],
      applyUrl: FORM,
    });
  });

  it('its test addresses are its own', () => {
    expectOwnAddresses(smartrecruiters, 'https://www.smartrecruiters.com/resources/');
  });
});
