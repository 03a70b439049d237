import { describe, expect, it } from 'vitest';
import { jobsOf, readBody } from '../testing/boards/read.ts';
import { BoardError } from './errors.ts';
import { teamtailorBoard } from './teamtailor.ts';
import type { BoardRef } from './types.ts';

const ref: BoardRef = { kind: 'teamtailor', slug: 'tallbo' };

// A real feed's shape: escaped HTML descriptions, RFC 822 dates, remoteStatus and tt: locations.
const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:tt="https://teamtailor.com/locations">
  <channel>
    <title>Tallbo Energy</title>
    <description>Current Job Openings</description>
    <link>https://tallbo.teamtailor.com/jobs</link>
    <item>
      <title>Battery Systems Engineer</title>
      <description>&lt;p&gt;Design packs.&lt;/p&gt;&lt;h3&gt;Requirements&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;BMS design&lt;/li&gt;&lt;/ul&gt;</description>
      <pubDate>Fri, 27 Feb 2026 19:59:48 +0100</pubDate>
      <link>https://tallbo.teamtailor.com/jobs/4821907-battery-systems-engineer</link>
      <remoteStatus>hybrid</remoteStatus>
      <guid>679cc864-7629-4b8f-a5d4-6f9ebeccfaad</guid>
      <tt:locations>
        <tt:location><tt:name>Västerås</tt:name><tt:city>Västerås</tt:city><tt:country>Sweden</tt:country></tt:location>
        <tt:location><tt:city>Göteborg</tt:city><tt:country>Sweden</tt:country></tt:location>
      </tt:locations>
      <tt:department>Engineering</tt:department>
    </item>
  </channel>
</rss>`;

describe('teamtailor board', () => {
  it('asks for more than the feed’s first 100, on the regional host when there is one', () => {
    expect(teamtailorBoard.start(ref).url).toBe('https://tallbo.teamtailor.com/jobs.rss?per_page=200');
    expect(teamtailorBoard.start({ kind: 'teamtailor', slug: 'apiuxtech', host: 'apiuxtech.na.teamtailor.com' }).url).toMatch(
      /^https:\/\/apiuxtech\.na\.teamtailor\.com\/jobs\.rss/,
    );
  });

  it('reads an item: the channel’s company, every location, hybrid, the date', () => {
    const [job] = jobsOf(ref, FEED);
    expect(job).toMatchObject({
      source: 'teamtailor',
      sourceId: '4821907',
      url: 'https://tallbo.teamtailor.com/jobs/4821907-battery-systems-engineer',
      applyUrl: 'https://tallbo.teamtailor.com/jobs/4821907-battery-systems-engineer/applications/new',
      company: 'Tallbo Energy',
      locations: ['Västerås', 'Göteborg, Sweden'],
      workplace: 'hybrid',
      postedAt: '2026-02-27T18:59:48.000Z',
      requirements: { required: ['BMS design'], preferred: [] },
    });
  });

  it('throws a malformed BoardError for a cut-off feed', () => {
    expect(() => readBody(ref, FEED.slice(0, 400))).toThrow(BoardError);
  });
});
