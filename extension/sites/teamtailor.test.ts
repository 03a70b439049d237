import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { siteOfUrl } from '../../shared/sites/registry.ts';
import { teamtailor } from '../../shared/sites/teamtailor.ts';
import { jsonLdBlocks } from './dom.ts';
import { extractJob } from './registry.ts';

const DIR = fileURLToPath(new URL('../../e2e/fixtures/sites/teamtailor/', import.meta.url));
const JOB = 'https://tallbo.teamtailor.com/jobs/4821907-battery-systems-engineer';

function load(file: string): Document {
  return parseHTML(readFileSync(DIR + file, 'utf8')).document as unknown as Document;
}

/** Every string the capture holds, for checking that no CSS or script text got into one. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}
const CODE = /\{[^}]*:[^}]*;|function\(/;

describe('Teamtailor', () => {
  it('reads the visible page when its JSON-LD is not valid JSON', () => {
    const doc = load('posting.html');
    // The fixture keeps the real quirk: raw newlines inside the description string.
    expect(() => JSON.parse(jsonLdBlocks(doc)[0] ?? '')).toThrow();
    const job = extractJob(doc, JOB);
    expect(job).toMatchObject({
      source: 'teamtailor',
      sourceId: '4821907',
      title: 'Battery Systems Engineer',
      // The brand the page shows, not the legal entity in the JSON-LD ("Tallbo Energy AB").
      company: 'Tallbo Energy',
      locations: ['Västerås'],
      workplace: 'hybrid',
      applyUrl: `${JOB}/applications/new`,
    });
    // Not the cover's pitch, the colleagues or the other open positions.
    expect(job?.description).not.toMatch(/gigawatt-hour|Ingrid Holm|Grid Connection Specialist/);
    for (const text of strings(job)) expect(text).not.toMatch(CODE);
  });

  it('reads the job from its application form page', () => {
    const job = extractJob(load('form.html'), `${JOB}/applications/new`);
    expect(job).toMatchObject({
      source: 'teamtailor',
      sourceId: '4821907',
      title: 'Battery Systems Engineer',
      company: 'Tallbo Energy',
      canonicalUrl: JOB,
    });
    expect(job?.locations).toEqual(['Västerås']);
    for (const text of strings(job)) expect(text).not.toMatch(CODE);
  });

  it('its test addresses are its own, and only its job pages', () => {
    for (const url of teamtailor.testUrls) expect(siteOfUrl(new URL(url))?.id, url).toBe('teamtailor');
    expect(siteOfUrl(new URL('https://tallbo.teamtailor.com/people'))).toBeNull();
    expect(siteOfUrl(new URL('https://www.teamtailor.com/en/pricing'))).toBeNull();
  });
});
