import { describe, expect, it } from 'vitest';
import { looksLikeCode } from '../../e2e/fixtures/real-pages.ts';
import { SITE_FIXTURES } from '../../e2e/fixtures/sites.ts';
import { JobCapture } from '../../shared/schemas/job.ts';
import { SITES } from '../../shared/sites/registry.ts';
import { extractJob } from './registry.ts';
import { fixtureDocument, htmlDocument } from './test-fixtures.ts';

const load = (file: string) => fixtureDocument(file);

describe('site adapters on their fixtures', () => {
  for (const fixture of SITE_FIXTURES.filter((f) => !f.needsScripts)) {
    it(fixture.name, () => {
      const job = extractJob(load(fixture.file), fixture.url);
      const { expected } = fixture;
      if (expected === null) {
        expect(job).toBeNull();
        return;
      }
      expect(job, 'no job found').not.toBeNull();
      if (!job) return;
      // What reaches the background must pass the same validation the router applies.
      expect(JobCapture.safeParse(job).error).toBeUndefined();
      // Fixtures keep their sites' inline <style>, <script> and SVG: none of it may reach a field.
      for (const [key, value] of Object.entries(job)) {
        const text = typeof value === 'string' ? value : JSON.stringify(value);
        expect(looksLikeCode(text), `${key}: ${text.slice(0, 120)}`).toBe(false);
      }
      expect(job.source).toBe(fixture.source);
      expect(job.title).toBe(expected.title);
      expect(job.company).toBe(expected.company);
      if (expected.location) expect(job.locations[0]).toBe(expected.location);
      if (expected.salary) expect(job.salary).toEqual(expected.salary);
      if (expected.workplace) expect(job.workplace).toBe(expected.workplace);
      if (expected.employmentType) expect(job.employmentType).toBe(expected.employmentType);
      if (expected.required) expect(job.requirements.required).toEqual(expected.required);
      if (expected.preferred) expect(job.requirements.preferred).toEqual(expected.preferred);
      if (expected.descriptionIncludes) expect(job.description).toContain(expected.descriptionIncludes);
      expect(job.description.length).toBeGreaterThan(20);
      // The description is the posting's body, not the page's header repeated.
      expect(job.sections[0]?.text).not.toBe(expected.title);
    });
  }

  it('every adapter, JSON-LD and the generic reader have at least one fixture', () => {
    const covered = new Set(SITE_FIXTURES.filter((f) => f.expected !== null).map((f) => f.source));
    for (const source of [...SITES.map((s) => s.id), 'jsonld', 'generic']) {
      expect(covered, `no fixture for ${source}`).toContain(source);
    }
  });
});

describe('stale and broken pages', () => {
  it('shows nothing while the LinkedIn pane still shows the previous job', () => {
    const doc = load('linkedin/search.html');
    expect(extractJob(doc, 'https://www.linkedin.com/jobs/search/?currentJobId=4022222222')).toBeNull();
  });

  it('shows nothing while Workday still renders the previous posting under a new URL', () => {
    const doc = load('workday/posting-rendered.html');
    expect(extractJob(doc, 'https://acme.wd5.myworkdayjobs.com/en-US/External/job/Remote-USA/Senior-Buyer_R-10299')).toBeNull();
  });

  it('falls back to JSON-LD when a site adapter no longer finds its selectors', () => {
    const doc = fixtureDocument('../pages/acme/jobs/4012345.html', (html) => html.replace(/app-title/g, 'renamed'));
    const job = extractJob(doc, 'https://boards.greenhouse.io/acme/jobs/4012345');
    expect(job).toMatchObject({ source: 'jsonld', title: 'Senior Platform Engineer' });
  });

  it('an adapter that throws does not break extraction', () => {
    const doc = load('greenhouse/new.html');
    const broken = new Proxy(doc, {
      get(target, prop) {
        if (prop === 'querySelector')
          return () => {
            throw new Error('markup changed');
          };
        const value = Reflect.get(target, prop);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const job = extractJob(broken, 'https://job-boards.greenhouse.io/fjordenergy/jobs/4455667');
    expect(job).toMatchObject({ source: 'jsonld', title: 'Site Reliability Engineer' });
  });

  it('a page full of script and onerror payloads yields only text', () => {
    const payload =
      '<p>Hi</p><script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">click</a><iframe src="https://evil.example"></iframe>';
    const doc = fixtureDocument('greenhouse/classic.html', (html) =>
      html.replace('<p>Lumen Health makes home dialysis simpler.</p>', payload),
    );
    const job = extractJob(doc, 'https://boards.greenhouse.io/lumenhealth/jobs/5523344');
    const all = JSON.stringify(job);
    expect(all).not.toMatch(/<script|onerror|<img|<iframe|javascript:/i);
    expect(job?.sections[0]).toEqual({ kind: 'paragraph', text: 'Hi' });
  });

  it('a 5 MB page is read, and not a job unless it is one', () => {
    const filler = `<p>${'Lorem ipsum dolor sit amet. '.repeat(40)}</p>`.repeat(4500);
    const html = `<html><body><main><h1>Archive</h1>${filler}</main></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    expect(extractJob(htmlDocument(html), 'https://example.com/archive')).toBeNull();
  });

  it('broken JSON-LD is skipped', () => {
    const doc = htmlDocument(
      '<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": </script></head><body></body></html>',
    );
    expect(extractJob(doc, 'https://example.com/jobs/1')).toBeNull();
  });
});
