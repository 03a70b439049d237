import { describe, expect, it } from 'vitest';
import { siteOfFormHost, siteOfUrl, sourceLabel } from './registry.ts';

const site = (url: string) => siteOfUrl(new URL(url))?.id ?? null;

describe('the site registry', () => {
  it('finds the unit of a page by its match patterns, as the browser reads them', () => {
    expect(site('https://acme.wd5.myworkdayjobs.com/en-US/External/job/1')).toBe('workday');
    expect(site('https://evilmyworkdayjobs.com/job/1')).toBeNull();
    expect(site('https://www.linkedin.com/jobs/search?currentJobId=1')).toBe('linkedin');
    expect(site('https://www.linkedin.com/feed/')).toBeNull();
    expect(site('https://careers.example.com/jobs/1')).toBeNull();
    expect(site('http://jobs.lever.co/acme/1')).toBeNull(); // the patterns say https
  });

  it('names form hosts for analytics by suffix, never by substring', () => {
    expect(siteOfFormHost('boards.eu.greenhouse.io')?.id).toBe('greenhouse');
    expect(siteOfFormHost('notgreenhouse.io')).toBeNull();
  });

  it('labels sources for the user', () => {
    expect(sourceLabel('smartrecruiters')).toBe('SmartRecruiters');
    expect(sourceLabel('jsonld')).toBe("the page's job data (schema.org)");
  });
});
