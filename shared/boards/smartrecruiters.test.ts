import { describe, expect, it } from 'vitest';
import { readBody } from '../testing/boards/read.ts';
import { smartrecruitersBoard } from './smartrecruiters.ts';
import type { BoardRef } from './types.ts';

const ref: BoardRef = { kind: 'smartrecruiters', slug: 'ABOUTYOUGmbH' };

// A real list page's shape, and a detail with the ad's sections.
const ITEM = {
  id: '744000147556063',
  name: 'Senior Backend Engineer (all genders)',
  uuid: 'afa6c9f9-72c8-47bf-97aa-22b963710e2d',
  refNumber: 'ID2608-00454A',
  company: { identifier: 'ABOUTYOUGmbH', name: 'ABOUT YOU SE & Co. KG' },
  releasedDate: '2026-08-21T09:12:00.000Z',
  location: { city: 'Hamburg', region: '', country: 'de', remote: false, hybrid: true, fullLocation: 'Hamburg, , Germany' },
  department: { id: '8633152', label: 'Tech' },
  typeOfEmployment: { id: 'permanent', label: 'Full-time' },
  customField: [{ fieldId: 'f1', fieldLabel: 'Salary Range', valueId: 'v1', valueLabel: '€70,000 - €85,000 per year' }],
  language: { code: 'en', label: 'English' },
};
const LIST = { offset: 0, limit: 100, totalFound: 230, content: [ITEM] };
const DETAIL = {
  ...ITEM,
  active: true,
  postingUrl: 'https://jobs.smartrecruiters.com/ABOUTYOUGmbH/744000147556063-senior-backend-engineer-all-genders-',
  applyUrl: 'https://jobs.smartrecruiters.com/ABOUTYOUGmbH/744000147556063-senior-backend-engineer-all-genders-?oga=true',
  jobAd: {
    sections: {
      companyDescription: { title: 'Company Description', text: '<p>ABOUT YOU is a fashion platform.</p>' },
      jobDescription: { title: 'Job Description', text: '<p>Build the checkout.</p>' },
      qualifications: { title: 'Qualifications', text: '<ul><li>5+ years with Kotlin</li></ul>' },
      additionalInformation: { title: 'Additional Information', text: '<p>Hybrid, two office days a week.</p>' },
      videos: { urls: [] },
    },
  },
};

describe('smartrecruiters board', () => {
  it('pages by what the server served and asks each posting’s detail', () => {
    expect(smartrecruitersBoard.start(ref).url).toBe(
      'https://api.smartrecruiters.com/v1/companies/ABOUTYOUGmbH/postings?offset=0&limit=100',
    );
    const step = readBody(ref, LIST);
    expect(step.next.map((r) => r.url)).toEqual([
      'https://api.smartrecruiters.com/v1/companies/ABOUTYOUGmbH/postings/744000147556063',
      'https://api.smartrecruiters.com/v1/companies/ABOUTYOUGmbH/postings?offset=1&limit=100',
    ]);
    expect(readBody(ref, { ...LIST, offset: 229 }, { request: { ...smartrecruitersBoard.start(ref), carry: 229 } }).next).toHaveLength(1);
    expect(readBody(ref, { offset: 0, limit: 100, totalFound: 0, content: [] }).next).toEqual([]);
  });

  it('reads a real-shaped posting: sections in page order, the pay field, hybrid, the clean location', () => {
    const detail = readBody(ref, LIST).next[0];
    const [posting] = readBody(ref, DETAIL, { request: detail }).postings;
    expect(posting?.job).toMatchObject({
      source: 'smartrecruiters',
      sourceId: '744000147556063',
      url: DETAIL.postingUrl,
      applyUrl: DETAIL.applyUrl,
      company: 'ABOUT YOU SE & Co. KG',
      locations: ['Hamburg, Germany'],
      workplace: 'hybrid',
      employmentType: 'Full-time',
      salary: { min: 70000, max: 85000, currency: 'EUR', period: 'year' },
      postedAt: '2026-08-21T09:12:00.000Z',
      requirements: { required: ['5+ years with Kotlin'], preferred: [] },
    });
    expect(posting?.job.sections.map((s) => s.text).slice(0, 2)).toEqual(['Company Description', 'ABOUT YOU is a fashion platform.']);
  });

  it('drops a posting withdrawn between list and detail; keeps the listing when the detail fails', () => {
    const detail = readBody(ref, LIST).next[0];
    expect(readBody(ref, { ...DETAIL, active: false }, { request: detail }).postings).toEqual([]);
    expect(smartrecruitersBoard.fromListing?.(ref, detail ?? smartrecruitersBoard.start(ref), { now: new Date() })?.job).toMatchObject({
      title: 'Senior Backend Engineer (all genders)',
      url: 'https://jobs.smartrecruiters.com/ABOUTYOUGmbH/744000147556063',
      description: '',
    });
  });
});
