import { describe, expect, it } from 'vitest';
import { teamtailor } from '../../shared/sites/teamtailor.ts';
import { jsonLdBlocks } from './dom.ts';
import { extractJob } from './registry.ts';
import { expectOwnAddresses, fixtureDocument } from './test-fixtures.ts';

const JOB = 'https://tallbo.teamtailor.com/jobs/4821907-battery-systems-engineer';

const load = (file: string) => fixtureDocument(`teamtailor/${file}`);

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
  });

  it('its test addresses are its own, and only its job pages', () => {
    expectOwnAddresses(teamtailor, 'https://tallbo.teamtailor.com/people', 'https://www.teamtailor.com/en/pricing');
  });
});
