import { describe, expect, it } from 'vitest';
import { readBody } from '../testing/boards/read.ts';
import { BoardError } from './errors.ts';
import type { BoardRef } from './types.ts';
import { workdayBoard } from './workday.ts';

const ref: BoardRef = {
  kind: 'workday',
  slug: 'begacheese',
  site: 'Bega_Careers',
  host: 'begacheese.wd3.myworkdayjobs.com',
  company: 'Bega',
};
const now = new Date('2026-06-21T09:00:00Z');

// The shape of a real Workday list page and detail: labels in the list, facts in the detail.
const LISTING = {
  title: 'Quality Specialist - Environmental & Sanitation',
  externalPath: '/job/Hobart-TAS/Quality-Specialist---Environmental---Sanitation_JR-7309',
  locationsText: 'Hobart (TAS)',
  postedOn: 'Posted 6 Days Ago',
  bulletFields: ['JR-7309'],
};
const PAGE = {
  total: 29,
  jobPostings: [
    LISTING,
    { ...LISTING, externalPath: '/job/Bega/Sanitation-Lead_JR-7136', title: 'Sanitation Lead', locationsText: '2 Locations' },
  ],
  facets: [],
  userAuthenticated: false,
};
const DETAIL = {
  jobPostingInfo: {
    id: '59f1d09e17f91000864b0ea19f7f0000',
    title: 'Quality Specialist - Environmental & Sanitation',
    jobDescription:
      '<p>If you are curious &amp; creative, read on.</p><p><b>Responsibilities</b></p><ul><li><p>Maintain the laboratory quality system</p></li></ul><p><b>About you</b></p><ul><li><p>Tertiary qualification in Food Science</p></li></ul>',
    location: 'Hobart (TAS)',
    postedOn: 'Posted 6 Days Ago',
    startDate: '2026-06-15',
    timeType: 'Full time',
    jobReqId: 'JR-7309',
    jobPostingId: 'Quality-Specialist---Environmental---Sanitation_JR-7309',
    jobPostingSiteId: 'Bega_Careers',
    country: { descriptor: 'Australia', id: 'd903bb3fedad45039383f6de334ad4db' },
    canApply: true,
    posted: true,
    remoteType: 'On-site',
    externalUrl:
      'https://begacheese.wd3.myworkdayjobs.com/Bega_Careers/job/Hobart-TAS/Quality-Specialist---Environmental---Sanitation_JR-7309',
  },
  hiringOrganization: { name: 'Bega Dairy and Drinks Services Pty Ltd', url: '' },
  similarJobs: [],
  userAuthenticated: false,
};

describe('workday board', () => {
  it('posts the search the career site sends, 20 at a time', () => {
    const first = workdayBoard.start(ref);
    expect(first).toMatchObject({ url: 'https://begacheese.wd3.myworkdayjobs.com/wday/cxs/begacheese/Bega_Careers/jobs', method: 'POST' });
    expect(JSON.parse(first.body ?? '')).toEqual({ appliedFacets: {}, limit: 20, offset: 0, searchText: '' });
  });

  it('asks each listing’s detail, then the next page by the first page’s total (later pages say 0)', () => {
    const step = readBody(ref, PAGE);
    expect(step.postings).toEqual([]);
    expect(step.next.map((r) => [r.method, r.url])).toEqual([
      [
        'GET',
        'https://begacheese.wd3.myworkdayjobs.com/wday/cxs/begacheese/Bega_Careers/job/Hobart-TAS/Quality-Specialist---Environmental---Sanitation_JR-7309',
      ],
      ['GET', 'https://begacheese.wd3.myworkdayjobs.com/wday/cxs/begacheese/Bega_Careers/job/Bega/Sanitation-Lead_JR-7136'],
      ['POST', 'https://begacheese.wd3.myworkdayjobs.com/wday/cxs/begacheese/Bega_Careers/jobs'],
    ]);
    const second = step.next[2];
    expect(JSON.parse(second?.body ?? '')).toMatchObject({ offset: 2 });
    const later = readBody(ref, { ...PAGE, total: 0 }, { request: second });
    expect(later.next.at(-1)?.body).toContain('"offset":4');
    const last = readBody(ref, { total: 0, jobPostings: [] }, { request: later.next.at(-1) });
    expect(last.next).toEqual([]);
  });

  it('reads a real-shaped detail: the start date over the label, the requisition id, on-site, the brand over the legal name', () => {
    const detail = readBody(ref, PAGE).next[0];
    const [posting] = readBody(ref, DETAIL, { request: detail, now }).postings;
    expect(posting?.job).toMatchObject({
      source: 'workday',
      sourceId: 'JR-7309',
      url: DETAIL.jobPostingInfo.externalUrl,
      applyUrl: `${DETAIL.jobPostingInfo.externalUrl}/apply`,
      title: 'Quality Specialist - Environmental & Sanitation',
      company: 'Bega',
      locations: ['Hobart (TAS)'],
      workplace: 'onsite',
      employmentType: 'Full-time',
      postedAt: '2026-06-15',
      requirements: { required: ['Tertiary qualification in Food Science'], preferred: [] },
    });
    const unnamed = readBody({ ...ref, company: undefined }, DETAIL, { request: detail, now }).postings[0];
    expect(unnamed?.job.company).toBe('Bega Dairy and Drinks Services');
  });

  it('keeps a job from its listing alone when its detail fails, without the "N Locations" label', () => {
    const [one, two] = readBody(ref, PAGE).next;
    expect(workdayBoard.fromListing?.(ref, one ?? workdayBoard.start(ref), { now })?.job).toMatchObject({
      sourceId: 'JR-7309',
      title: 'Quality Specialist - Environmental & Sanitation',
      locations: ['Hobart (TAS)'],
      postedAt: '2026-06-15',
      url: 'https://begacheese.wd3.myworkdayjobs.com/Bega_Careers/job/Hobart-TAS/Quality-Specialist---Environmental---Sanitation_JR-7309',
    });
    expect(workdayBoard.fromListing?.(ref, two ?? workdayBoard.start(ref), { now })?.job.locations).toEqual([]);
  });

  it('builds myworkdaysite addresses under /recruiting', () => {
    const site: BoardRef = { kind: 'workday', slug: 'acme', site: 'External', host: 'wd3.myworkdaysite.com' };
    const detail = readBody(site, { total: 1, jobPostings: [{ title: 'Buyer', externalPath: '/job/Remote/Buyer_R-1' }] }).next[0];
    expect(detail?.url).toBe('https://wd3.myworkdaysite.com/wday/cxs/acme/External/job/Remote/Buyer_R-1');
    expect(workdayBoard.fromListing?.(site, detail ?? workdayBoard.start(site), { now })?.job.url).toBe(
      'https://wd3.myworkdaysite.com/recruiting/acme/External/job/Remote/Buyer_R-1',
    );
  });

  it('throws a malformed BoardError for a list or detail that is not Workday’s', () => {
    expect(() => readBody(ref, { errorCode: 'HTTP_404' })).toThrow(BoardError);
    const detail = readBody(ref, PAGE).next[0];
    expect(() => readBody(ref, { hiringOrganization: {} }, { request: detail })).toThrow(BoardError);
  });
});
