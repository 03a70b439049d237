import { type FakeApi, json } from './fake-api.ts';
import type { FakePosting } from './postings.ts';

/** Workable's job widget API as GET /api/v1/widget/accounts/{account}?details=true answers it (see shared/boards/workable.ts). */

const EMPLOYMENT = { 'full-time': 'Full-time', 'part-time': 'Part-time', contract: 'Contract', internship: 'Internship' } as const;

function job(p: FakePosting, details: boolean) {
  const shortcode = Number(p.id).toString(16).toUpperCase().padStart(10, '0');
  const [city, region] = p.city.split(', ');
  const items = (lines: string[]) => `<ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>`;
  return {
    title: p.title,
    shortcode,
    code: '',
    employment_type: p.employment ? EMPLOYMENT[p.employment] : '',
    telecommuting: p.workplace === 'remote',
    department: p.department,
    url: `https://apply.workable.com/j/${shortcode}`,
    shortlink: `https://apply.workable.com/j/${shortcode}`,
    application_url: `https://apply.workable.com/j/${shortcode}/apply`,
    published_on: p.postedAt.slice(0, 10),
    created_at: p.postedAt.slice(0, 10),
    country: p.country,
    city,
    state: region ?? '',
    education: '',
    experience: 'Mid-Senior level',
    function: 'Engineering',
    industry: 'Computer Software',
    locations: [{ country: p.country, countryCode: p.country === 'Germany' ? 'DE' : 'US', city, region: region ?? '', hidden: false }],
    ...(details ? { description: `<p>${p.summary}</p>`, requirements: items(p.requirements), benefits: '<p>Learning budget</p>' } : {}),
  };
}

export const fakeWorkable: FakeApi = {
  kind: 'workable',
  owns: (url) => url.hostname === 'apply.workable.com',
  serve(board, request) {
    if (request.url.hostname !== 'apply.workable.com' || request.url.pathname !== `/api/v1/widget/accounts/${board.ref.slug}`) return null;
    const details = request.url.searchParams.get('details') === 'true';
    return json({ name: board.company, description: null, jobs: board.postings.map((p) => job(p, details)) });
  },
};
