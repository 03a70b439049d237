import { describe, expect, it } from 'vitest';
import { jobsOf, readBody } from '../testing/boards/read.ts';
import { BoardError } from './errors.ts';
import { personioBoard } from './personio.ts';
import type { BoardRef } from './types.ts';

const ref: BoardRef = { kind: 'personio', slug: 'momenta-europe-gmbh' };

// The documented feed's shape, with the elements real feeds add (additionalOffices, createdAt without a colon).
const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<workzag-jobs>
  <position>
    <id>4103</id>
    <subcompany>Momenta Europe GmbH</subcompany>
    <office>Böblingen</office>
    <additionalOffices><office>Remote (Germany)</office></additionalOffices>
    <department>R&amp;D</department>
    <recruitingCategory>Engineering</recruitingCategory>
    <name>Software Engineer (m/w/d)</name>
    <jobDescriptions>
      <jobDescription>
        <name>Your tasks</name>
        <value><![CDATA[<p>Build the planning stack.</p>]]></value>
      </jobDescription>
      <jobDescription>
        <name>Your profile</name>
        <value><![CDATA[<ul><li>C++17</li><li>3+ years in robotics</li></ul>]]></value>
      </jobDescription>
    </jobDescriptions>
    <employmentType>permanent</employmentType>
    <seniority>experienced</seniority>
    <schedule>full-time</schedule>
    <yearsOfExperience>2-5</yearsOfExperience>
    <keywords>C++,ROS</keywords>
    <createdAt>2026-08-20T12:14:07+0200</createdAt>
  </position>
</workzag-jobs>`;

describe('personio board', () => {
  it('reads the feed, on .de unless the board is on .com', () => {
    expect(personioBoard.start(ref).url).toBe('https://momenta-europe-gmbh.jobs.personio.de/xml');
    expect(personioBoard.start({ kind: 'personio', slug: 'greenbone-ag', host: 'greenbone-ag.jobs.personio.com' }).url).toBe(
      'https://greenbone-ag.jobs.personio.com/xml',
    );
  });

  it('reads a position: blocks under their names, every office, the schedule, the date with its offset', () => {
    const [job] = jobsOf(ref, FEED);
    expect(job).toMatchObject({
      source: 'personio',
      sourceId: '4103',
      url: 'https://momenta-europe-gmbh.jobs.personio.de/job/4103',
      title: 'Software Engineer (m/w/d)',
      company: 'Momenta Europe',
      locations: ['Böblingen', 'Remote (Germany)'],
      employmentType: 'Full-time',
      postedAt: '2026-08-20T10:14:07.000Z',
      requirements: { required: ['C++17', '3+ years in robotics'], preferred: [] },
      dedupeKey: 'momenta europe|software engineer',
    });
  });

  it('reads an empty board as no jobs, and a cut-off feed as malformed', () => {
    expect(readBody(ref, '<workzag-jobs></workzag-jobs>').postings).toEqual([]);
    expect(() => readBody(ref, FEED.slice(0, 300))).toThrow(BoardError);
  });
});
