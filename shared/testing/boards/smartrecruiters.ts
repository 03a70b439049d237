import { type FakeApi, json } from './fake-api.ts';
import type { FakeBoard, FakePosting } from './postings.ts';

/**
 * SmartRecruiters' Posting API: GET /v1/companies/{id}/postings pages (the server serves at most
 * 100 whatever the limit), GET .../postings/{id} one posting with its ad (see shared/boards/smartrecruiters.ts).
 */

const API_HOST = 'api.smartrecruiters.com';
const MAX_PAGE = 100;
const EMPLOYMENT = { 'full-time': 'Full-time', 'part-time': 'Part-time', contract: 'Contract', internship: 'Intern' } as const;

function listing(board: FakeBoard, p: FakePosting) {
  const [city, region] = p.city.split(', ');
  return {
    id: p.id,
    name: p.title,
    uuid: `${p.id}-uuid`,
    jobAdId: `${p.id}-ad`,
    defaultJobAd: true,
    refNumber: `REF${p.id}`,
    company: { identifier: board.ref.slug, name: board.company },
    releasedDate: p.postedAt,
    location: {
      city,
      ...(region ? { region } : {}),
      country: p.country === 'Germany' ? 'de' : 'us',
      remote: p.workplace === 'remote',
      hybrid: p.workplace === 'hybrid',
      // The live API leaves a part empty where a location has no region.
      fullLocation: `${city}, ${region ?? ''}, ${p.country}`,
    },
    industry: { id: 'computer_software', label: 'Computer Software' },
    department: { id: '8633152', label: p.department },
    function: { id: 'engineering', label: 'Engineering' },
    ...(p.employment ? { typeOfEmployment: { id: p.employment, label: EMPLOYMENT[p.employment] } } : {}),
    experienceLevel: { id: 'mid_senior_level', label: 'Mid-Senior Level' },
    customField: p.pay
      ? [
          {
            fieldId: 'pay',
            fieldLabel: 'Salary Range',
            valueId: 'x',
            valueLabel: `${p.pay.currency} ${p.pay.min.toLocaleString('en-US')} - ${p.pay.max.toLocaleString('en-US')} per ${p.pay.period}`,
          },
        ]
      : [],
    ref: `https://${API_HOST}/v1/companies/${board.ref.slug}/postings/${p.id}`,
    language: { code: 'en', label: 'English' },
  };
}

function detail(board: FakeBoard, p: FakePosting) {
  const page = `https://jobs.smartrecruiters.com/${board.ref.slug}/${p.id}-job`;
  const items = (lines: string[]) => `<ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>`;
  return {
    ...listing(board, p),
    active: true,
    applyUrl: `${page}?oga=true`,
    postingUrl: page,
    jobAd: {
      sections: {
        companyDescription: { title: 'Company Description', text: `<p>${board.company} builds things people use.</p>` },
        jobDescription: { title: 'Job Description', text: `<p>${p.summary}</p>` },
        qualifications: { title: 'Qualifications', text: items(p.requirements) },
        additionalInformation: { title: 'Additional Information', text: `<p>Nice to have:</p>${items(p.niceToHave)}` },
      },
    },
  };
}

export const fakeSmartrecruiters: FakeApi = {
  kind: 'smartrecruiters',
  owns: (url) => url.hostname === API_HOST,
  serve(board, request) {
    const base = `/v1/companies/${board.ref.slug}/postings`;
    const path = request.url.pathname;
    if (request.url.hostname !== API_HOST || !path.startsWith(base)) return null;
    if (path === base) {
      const offset = Number(request.url.searchParams.get('offset') ?? 0);
      const limit = Math.min(Number(request.url.searchParams.get('limit') ?? 10), MAX_PAGE);
      const content = board.postings.slice(offset, offset + limit).map((p) => listing(board, p));
      return json({ offset, limit, totalFound: board.postings.length, content });
    }
    const found = board.postings.find((p) => `${base}/${p.id}` === path);
    return { ...json(found ? detail(board, found) : { message: 'Job not found' }, found ? 200 : 404), detail: true };
  },
  // An unknown company is an empty list, not 404.
  unknown: () => json({ offset: 0, limit: 100, totalFound: 0, content: [] }),
};
