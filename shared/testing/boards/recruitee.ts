import { type FakeApi, json } from './fake-api.ts';
import { type FakeBoard, type FakePosting, slugOf } from './postings.ts';

/** Recruitee's careers-site API as it answers GET https://{company}.recruitee.com/api/offers/ (see shared/boards/recruitee.ts). */

const EMPLOYMENT = {
  'full-time': 'fulltime_permanent',
  'part-time': 'parttime_permanent',
  contract: 'contract',
  internship: 'internship',
} as const;

/** "2026-10-06 14:25:18 UTC", as Recruitee writes times. */
const spacedUtc = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

function offer(board: FakeBoard, p: FakePosting, slug: string) {
  const [city, state] = p.city.split(', ');
  const code = p.country === 'Germany' ? 'DE' : 'US';
  const items = (lines: string[]) => `<ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul>`;
  return {
    id: Number(p.id),
    slug,
    status: 'published',
    title: p.title,
    company_name: board.company,
    department: p.department,
    description: `<p>${p.summary}</p>`,
    requirements: `${items(p.requirements)}<p><strong>Nice to have</strong></p>${items(p.niceToHave)}`,
    location: p.workplace === 'remote' ? 'Remote job' : `${city}, ${p.country}`,
    city,
    country: p.country,
    country_code: code,
    state_code: state ?? null,
    postal_code: null,
    locations: [{ id: Number(p.id) + 1, city, state: state ?? null, country: p.country, country_code: code, state_code: state ?? null }],
    remote: p.workplace === 'remote',
    hybrid: p.workplace === 'hybrid',
    on_site: p.workplace === 'onsite',
    employment_type_code: p.employment ? EMPLOYMENT[p.employment] : null,
    experience_code: 'experienced',
    min_hours_per_week: '40.0',
    max_hours_per_week: '40.0',
    salary: p.pay
      ? { min: String(p.pay.min), max: String(p.pay.max), period: p.pay.period, currency: p.pay.currency }
      : { min: null, max: null, period: null, currency: null },
    published_at: spacedUtc(p.postedAt),
    updated_at: spacedUtc(p.updatedAt),
    close_at: null,
    careers_url: `https://${board.ref.slug}.recruitee.com/o/${slug}`,
    careers_apply_url: `https://${board.ref.slug}.recruitee.com/o/${slug}/c/new`,
    tags: [],
  };
}

export const fakeRecruitee: FakeApi = {
  kind: 'recruitee',
  owns: (url) => url.hostname.endsWith('.recruitee.com'),
  serve(board, request) {
    if (request.url.hostname !== `${board.ref.slug}.recruitee.com` || !/^\/api\/offers\/?$/.test(request.url.pathname)) return null;
    // Recruitee numbers a title's slug when the company already has an offer of that title ("senior-product-owner-1").
    const seen = new Map<string, number>();
    const offers = board.postings.map((p) => {
      const base = slugOf(p.title);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      return offer(board, p, count ? `${base}-${count}` : base);
    });
    return json({ offers });
  },
};
