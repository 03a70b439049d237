import { type FakeApi, json } from './fake-api.ts';
import { descriptionHtml, type FakeBoard, type FakePosting, slugOf } from './postings.ts';

/**
 * A Workday career site's CXS API: POST .../jobs pages of 20 (total only on the first page),
 * GET .../job/{path} one job's detail (see shared/boards/workday.ts).
 */

const REMOTE = { remote: 'Fully Remote', hybrid: 'Hybrid', onsite: 'On-site' } as const;

const pathOf = (p: FakePosting) => `/job/${slugOf(p.city)}/${slugOf(p.title)}_JR-${p.id}`;

function postedOn(p: FakePosting, now: Date): string {
  const days = Math.floor((now.getTime() - Date.parse(p.postedAt)) / 86_400_000);
  if (days <= 0) return 'Posted Today';
  if (days === 1) return 'Posted Yesterday';
  return days > 30 ? 'Posted 30+ Days Ago' : `Posted ${days} Days Ago`;
}

function listing(p: FakePosting, now: Date) {
  return {
    title: p.title,
    externalPath: pathOf(p),
    locationsText: Number(p.id) % 5 === 0 ? '2 Locations' : p.city,
    postedOn: postedOn(p, now),
    ...(p.workplace ? { remoteType: REMOTE[p.workplace] } : {}),
    bulletFields: [`JR-${p.id}`],
  };
}

function detail(board: FakeBoard, p: FakePosting, now: Date) {
  const host = board.ref.host ?? '';
  return {
    jobPostingInfo: {
      id: `wd${p.id}`,
      title: p.title,
      jobDescription: descriptionHtml(p),
      location: p.city,
      additionalLocations: Number(p.id) % 5 === 0 ? [`${p.city} North`] : [],
      postedOn: postedOn(p, now),
      startDate: p.postedAt.slice(0, 10),
      timeType: p.employment === 'part-time' ? 'Part time' : 'Full time',
      jobReqId: `JR-${p.id}`,
      jobPostingId: `${slugOf(p.title)}_JR-${p.id}`,
      jobPostingSiteId: board.ref.site,
      country: { descriptor: p.country, id: 'c0ffee' },
      canApply: true,
      posted: true,
      ...(p.workplace ? { remoteType: REMOTE[p.workplace] } : {}),
      externalUrl: `https://${host}/${board.ref.site}${pathOf(p)}`,
    },
    hiringOrganization: { name: board.company, url: '' },
    similarJobs: [],
    userAuthenticated: false,
  };
}

export const fakeWorkday: FakeApi = {
  kind: 'workday',
  owns: (url) => /\.myworkday(jobs|site)\.com$/.test(url.hostname),
  serve(board, request) {
    const base = `/wday/cxs/${board.ref.slug}/${board.ref.site}`;
    if (request.url.hostname !== board.ref.host || !request.url.pathname.startsWith(`${base}/`)) return null;
    const now = board.now ?? new Date();
    const rest = request.url.pathname.slice(base.length);
    if (rest === '/jobs' && request.method === 'POST') {
      const asked = JSON.parse(request.body ?? '{}') as { limit?: number; offset?: number };
      const offset = asked.offset ?? 0;
      const page = board.postings.slice(offset, offset + Math.min(asked.limit ?? 20, 20));
      return json({
        total: offset === 0 ? board.postings.length : 0,
        jobPostings: page.map((p) => listing(p, now)),
        facets: [],
        userAuthenticated: false,
      });
    }
    const found = board.postings.find((p) => pathOf(p) === rest);
    return found
      ? { ...json(detail(board, found, now)), detail: true }
      : { ...json({ errorCode: 'S22', message: 'Not found' }, 404), detail: true };
  },
};
